## Words shared by every screen and report.

article = Art. { $main }
article-sub = Art. { $main }-{ $sub }
list-separator = {"; "}
# After a lead such as "until 2027-01-10 (in 1 month)", before what follows.
lead-colon = {": "}
time-in-months = { $n ->
    [one] in 1 month
   *[other] in { $n } months
}
time-in-days = { $n ->
    [0] today
    [one] tomorrow
   *[other] in { $n } days
}

## Penalties
penalty-exempted = convicted but exempted from punishment
penalty-fine-only = a fine only
penalty-political-rights-only = deprivation of political rights alone
penalty-control = public surveillance (管制)
penalty-detention = criminal detention (拘役)
penalty-fixed-term = fixed-term imprisonment
penalty-life = life imprisonment
penalty-death-suspended = death sentence with reprieve

## Roles
role-public-servant = public servant
role-party-member = Communist Party member
role-police = police officer
role-judge = judge
role-procurator = procurator
role-lawyer = lawyer
role-notary = notary
role-physician = physician
role-teacher = teacher
role-accountant = accountant
role-company-officer = company director or manager
role-driver = driver
role-student = student
role-soldier = soldier

## Fault
fault-intentional = intentional
fault-negligent = negligent

## Severity classes
severity-petty = petty offence (exemption, fine, surveillance, detention or suspended sentence)
severity-minor = minor offence (up to three years' imprisonment)
severity-serious = serious offence (more than three years, life or death with reprieve)

## Certainty
certainty-applies = applies
certainty-may-apply = may apply

## Levels of law
level-law = laws
level-administrative-regulation = administrative regulations
level-departmental-rule = departmental rules
level-party-regulation = party regulations
level-judicial-interpretation = judicial interpretations
level-local-norm = local norms

## Domains
domain-occupation = jobs and professions
domain-licence = licences
domain-benefit = benefits
domain-registration = registrations
domain-civic = civic rights
domain-travel = travel
domain-obligation = obligations
domain-record = your record
domain-family = family

## Durations
duration-lifetime = for life
duration-fixed = until a date
duration-range = between two dates
duration-while-serving = while serving the sentence

## Charge tags
tag-violent = a violent crime
tag-sexual = a sexual crime
tag-against-minors = a crime against children
tag-drug = a drug crime
tag-traffic = a traffic crime
tag-property = a property crime
tag-fraud = fraud
tag-corruption-bribery = corruption or bribery
tag-embezzlement = embezzlement or misappropriation
tag-duty-crime = a crime of official duty
tag-national-security = a crime against national security
tag-terrorism = a terrorist crime
tag-organised-crime = organised crime
tag-market-order = a crime against the market economy
tag-food-safety = a food-safety crime
tag-drug-safety = a crime about medicines
tag-accounting = an accounting crime
tag-tax = a tax crime
tag-smuggling = smuggling
tag-financial = a financial crime
tag-securities = a securities crime
tag-border = a border crime
tag-prostitution = a prostitution crime
tag-gambling = a gambling crime
tag-money-laundering = money laundering
tag-firearms = a firearms or explosives crime
tag-public-safety = a crime against public safety
tag-public-order = a crime against public order
tag-cyber = a computer or internet crime
tag-environment = an environmental crime
tag-intellectual-property = an intellectual-property crime
tag-justice = a crime against the administration of justice
tag-military = a military crime
tag-public-health = a public-health crime
tag-endangering-production-safety = a workplace-safety crime

## "Because you answered…"
because-penalty = the penalty was { $penalty }
because-term-at-least = the term was { $term } months (at least { $limit })
because-term-at-most = the term was { $term } months (at most { $limit })
because-suspended = the sentence was suspended
because-not-suspended = the sentence was not suspended
because-fault = the crime was { $fault }
because-professional = it was a crime committed through your occupation
because-not-professional = it was not a crime committed through your occupation
because-charge = the charge was { $charge }
because-tag = { $charge } is { $tag }
because-chapter = the charge is in chapter { $chapter } of the Criminal Law's special part
because-section = the charge is in chapter { $chapter }, section { $section } of the Criminal Law's special part
because-political-rights-life = the court deprived you of political rights for life
because-not-political-rights-life = the court did not deprive you of political rights for life
because-article = the charge is under Criminal Law { $article }
because-age-below = you were { $age } at the offence (under { $limit })
because-age-at-least = you were { $age } at the offence ({ $limit } or older)
because-role = you are a { $role }
because-political-rights = the court deprived you of political rights
because-no-political-rights = the court did not deprive you of political rights
because-occupational-ban = the court banned you from an occupation
because-paroled = you were released on parole
because-not-paroled = you were not released on parole
because-convicted = you were convicted of { $charge }
