"""Taking the bank and the learner's history elsewhere: Anki packages, spreadsheets, FSRS review logs."""
