## Problems with a case file or a rule file. Each names the file, line and field before it.

error-io = the file cannot be read (the system refused it, error number { $code })
error-io-no-code = the file cannot be read (the system refused it)
error-not-found = there is no file of this name; check the name and the folder
error-no-permission = you do not have permission to read this file
error-is-folder = this is a folder, not a file
error-not-utf8 = the file is not UTF-8 text; save it again as UTF-8
error-syntax = the file is not written correctly: { $detail }
error-unknown-key = "{ $key }" is not a field of this part of the file; it can have: { $expected }
error-unknown-key-suggest = "{ $key }" is not a field of this part of the file; did you mean "{ $suggestion }"?
error-unknown-key-none = "{ $key }" is not a field of this part of the file; remove it
error-missing-key = the field "{ $key }" is missing; add it
error-unknown-value = "{ $value }" is not one of the allowed values: { $expected }
error-unknown-value-suggest = "{ $value }" is not one of the allowed values; did you mean "{ $suggestion }"?
error-wrong-type = this value is { $found ->
    [text] text
    [integer] a whole number
    [decimal] a decimal number
    [boolean] true or false
    [list] a list
    [table] a table
    [date] a date without quotes
   *[other] of another kind
  }, but it must be { $expected ->
    [text] text in double quotes ("…")
    [integer] a whole number, for example 2
    [decimal] a number
    [boolean] true or false
    [list] a list in square brackets
    [table] a table
    [date] a date
   *[other] of another kind
  }
error-unsupported-format = this file has format "{ $found }", which this program does not read (it reads "recordrights-case/1"); it may come from a newer version of the program
error-invalid-date = "{ $value }" is not a real date; write dates as YYYY-MM-DD, for example 2024-03-01
error-no-convictions = the file has no conviction; add at least one [[conviction]]
error-birth-after-offence = the date of birth is after the offence date
error-too-young = the person was { $age } at the offence; nobody under 12 can be convicted (Criminal Law Art. 17)
error-judgment-before-offence = the judgment date is before the offence date
error-completion-before-judgment = the completion date is before the judgment date
error-parole-outside-sentence = the parole date must lie between the judgment date and the completion date
error-parole-not-possible = parole is only possible from imprisonment, not from this penalty or a suspended sentence
error-missing-term = this penalty needs its length: add term_months
error-term-not-allowed = this penalty has no length; remove term_months
error-term-out-of-range = the length must be between { $min } and { $max } months for this penalty
error-suspended-without-probation = the sentence is suspended but the probation period is missing: add probation_months
error-probation-without-suspension = a probation period was given but the sentence is not suspended: add suspended = true or remove probation_months
error-suspension-not-allowed = only criminal detention or imprisonment of up to three years can be suspended (Criminal Law Art. 72)
error-probation-out-of-range = the probation period must be between { $min } and { $max } months (Criminal Law Art. 73)
error-political-rights-out-of-range = political_rights_months must be -1 (for life), 0 (none) or between 1 and 120
error-occupational-ban-out-of-range = occupational_ban_months must be 0 (none) or between 36 and 60 months (Criminal Law Art. 37-1)
error-political-rights-alone-out-of-range = penalty = "political_rights_only" needs political_rights_months between 12 and 60: imposed alone, the deprivation of political rights lasts one to five years (Criminal Law Arts. 55, 56)
error-unknown-charge = "{ $name }" is not a charge in the catalogue; use the official charge name from the judgment
error-unknown-charge-suggest = "{ $name }" is not a charge in the catalogue (closest: { $suggestion })
error-unknown-tag = "{ $tag }" is not a known tag
error-bad-region = "{ $value }" is not a region code; write the ISO 3166-2:CN code, for example CN-BJ or CN-11, or leave it out
error-unknown-fact = "{ $name }" is not a question this program asks; the known ones are: { $known }
error-bad-city = "{ $value }" is not a city code; write the province code and the city's code, for example CN-44-SZ for Shenzhen, or leave it out
error-city-outside-region = the city { $city } is not in the region { $region }; correct one of the two
error-duplicate = "{ $what }" appears twice (first at line { $line })
error-contradiction = the conditions contradict each other: { $detail }
error-missing-certainty-note = certainty is "may_apply" but certainty_note_zh / certainty_note_en do not say why
error-bad-duration = the duration is not valid: { $detail }
error-empty = { $field } must not be empty
error-missing-file = the rule folder has no { $file }
error-bad-effective-dates = effective_from must be before effective_until
error-as-of-too-early = the rules encode the law in force from { $earliest } on; they cannot answer for { $date }

# Why the system refused a file operation (never the system's own English text).
io-not-found = the file or folder does not exist
io-no-permission = you do not have permission for this file or folder
io-is-folder = this is a folder, not a file
io-disk-full = the disk is full
io-read-only = the disk or folder can only be read, not written
io-exists = a file of that name already exists
io-other = the system refused it (error number { $code })
io-other-no-code = the system refused it

# TOML syntax slips, in plain words (the parser's own English text is never shown).
error-toml-duplicate-key = this key is written twice; keep only one of them
error-toml-unquoted = text must be in double quotation marks, for example "危险驾驶罪"
error-toml-no-value = a key without a value; write it as key = value
error-toml-unclosed = a quotation mark or a bracket is opened here but never closed
error-toml-too-deep = the text is nested far deeper than any case or rule file
error-toml-line-ending = the line endings are broken (a lone carriage return); save the file again as plain text
error-toml-bad-character = a character that is not allowed here, for example an invisible control character or an empty key
error-toml-bad-number = this number is not written correctly: no leading zero (write 12, not 012) and no stray _
error-toml-bad-escape = a backslash must be followed by a valid escape; to write a backslash itself, write two
error-toml-bad-boolean = write true or false here, without quotation marks
error-toml-not-a-word = this must be one of the words the format allows, in double quotation marks, not a number or true/false
error-toml-number-too-large = this number is far too large
error-toml-other = the text here does not follow the file's format: each line is key = value, with text in double quotation marks
