## Step 2: about you.

person-title = About you
person-intro = A few facts about you. Only your date of birth is required.
person-birth-date = Date of birth
person-birth-date-why = Needed because the law treats offences committed under 18 (and by people over 75) differently.
person-region = Where your household is registered (户籍)
person-city = City
person-region-why = Optional. Some rules are local: they bind only people registered in that province. The program holds local rules for Beijing, Shanghai and Guangdong; for other provinces it shows national law only.
person-roles = What you do now
person-roles-intro = Tick everything that describes you today. Some laws take away a licence or post you already hold.
role-public-servant-explain = you work as a civil servant or other public official
role-party-member-explain = you are a member of the Communist Party of China
role-police-explain = you serve in the people's police
role-judge-explain = you are a judge
role-procurator-explain = you are a procurator
role-lawyer-explain = you hold a lawyer's practising certificate
role-notary-explain = you are a notary
role-physician-explain = you are registered as a physician
role-teacher-explain = you hold a teacher qualification
role-accountant-explain = you do accounting work or are a certified public accountant
role-company-officer-explain = you are a director, supervisor or manager of a company
role-driver-explain = you hold a driving licence
role-student-explain = you are a student
role-soldier-explain = you serve in the armed forces
person-region-none = Not given
person-city-elsewhere = Elsewhere in { $province }
person-city-why = Guangzhou and Shenzhen have rules of their own that bind their residents.
