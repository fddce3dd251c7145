use super::*;

const STATEMENT: &str = "1. On 14 March 2019 soldiers arrested me and my brother Luis in Gulu.\n\n2. They held us for two days and beat us. My uncle paid 5,000 dollars for our release.\n\n3. About five men from the militia came to my house in May 2019.\n";

fn kinds(question: &str, answer: &str) -> Vec<FindingKind> {
    kinds_in(STATEMENT, question, answer)
}

#[test]
fn compatible_imprecision_is_not_a_finding() {
    for (q, a) in [
        ("When were you arrested?", "It was in March 2019."),
        ("How long were you held?", "They kept us a couple of days."),
        ("How many men came?", "Five men came to the house."),
        ("How many men came?", "About five of them."),
        (
            "How much did your uncle pay?",
            "He paid five thousand dollars.",
        ),
        ("Who was arrested?", "They arrested my brother and me."),
        (
            "When were you arrested?",
            "I don't remember the exact date, sorry.",
        ),
    ] {
        assert!(kinds(q, a).is_empty(), "{a}: {:?}", kinds(q, a));
    }
}

#[test]
fn real_differences_are_found() {
    assert!(kinds("When were you arrested?", "In June 2019.").contains(&FindingKind::Date));
    assert!(
        kinds("How long were you held?", "They held us for two weeks.")
            .contains(&FindingKind::Number)
    );
    assert!(
        kinds(
            "How much did your uncle pay?",
            "My uncle paid 20,000 dollars."
        )
        .contains(&FindingKind::Number)
    );
    assert!(
        kinds("Who paid for your release?", "My father paid for it.")
            .contains(&FindingKind::Person)
    );
    assert!(
        kinds("Were you beaten?", "No, they never beat us.").contains(&FindingKind::Contradiction)
    );
    assert!(
        kinds(
            "What did they do?",
            "They beat us and they burned my house."
        )
        .contains(&FindingKind::Addition)
    );
}

/// A statement where the same kinds of fact appear twice, told with
/// different events: the answer's fact is compared with the one told
/// with the same event.
const TWO_MATTERS: &str = "1. About twelve people came to our prayer meeting in Gulu every Sunday.\n\n2. On 3 May 2020 soldiers arrested six of us at the meeting and took us to the barracks in Lira.\n\n3. My mother later moved to Gulu, where she lives with my sister.\n\n4. I was not charged with anything. I never signed the paper they gave me.\n";

/// Each (question, answer, whether a contradiction is found) against
/// `statement`.
fn expect_contradictions(statement: &str, cases: &[(&str, &str, bool)]) {
    for &(question, answer, contradicts) in cases {
        let found = kinds_in(statement, question, answer);
        assert_eq!(
            found.contains(&FindingKind::Contradiction),
            contradicts,
            "{question} {answer}: {found:?}"
        );
    }
}

fn kinds_in(statement: &str, question: &str, answer: &str) -> Vec<FindingKind> {
    let checker = Checker::new(Statement::parse(statement).expect("statement"));
    checker
        .check(question, answer)
        .findings
        .into_iter()
        .filter(|f| f.severity != Severity::Low)
        .map(|f| f.kind)
        .collect()
}

/// Whether the answer gets an omission, of any weight, quoting `quote`
/// from the statement.
fn omission_quoting(statement: &str, question: &str, answer: &str, quote: &str) -> bool {
    Checker::new(Statement::parse(statement).expect("statement"))
        .check(question, answer)
        .findings
        .iter()
        .any(|f| f.kind == FindingKind::Omission && f.statement_excerpt.contains(quote))
}

#[test]
fn facts_tied_to_the_same_event_are_compared() {
    let number = kinds_in(
        TWO_MATTERS,
        "How many people were arrested at the meeting?",
        "they arrested all of us, like fourteen people",
    );
    assert!(number.contains(&FindingKind::Number), "{number:?}");
    assert!(
        kinds_in(
            TWO_MATTERS,
            "How many people were arrested at the meeting?",
            "they arrested six of us"
        )
        .is_empty()
    );
    // Gulu is named in the statement, but not as where they were taken.
    let place = kinds_in(
        TWO_MATTERS,
        "Where did the soldiers take you?",
        "um they took us to gulu, to a military camp there",
    );
    assert!(place.contains(&FindingKind::Place), "{place:?}");
    // A place far from the event in a long spoken sentence is not tied to it.
    let far = kinds_in(
        TWO_MATTERS,
        "What did you do in Gulu?",
        "i went to the prayer meeting in gulu with my sister every sunday, you know, we sang and we prayed and later on the soldiers arrested six of us there",
    );
    assert!(!far.contains(&FindingKind::Place), "{far:?}");
}

#[test]
fn yes_no_questions_about_any_act() {
    // "Did they make you…" asks what the client did; asylum is claimed,
    // applied for or asked for; the passage naming the country answers.
    const ROUTE: &str = "8. The officer told me to read a confession in front of a camera. I refused to record it.\n\n9. I did not claim asylum in Turkey. I did not claim asylum in Greece either. I claimed asylum at Gatwick airport on 4 May 2022.\n";
    let made = kinds_in(
        ROUTE,
        "Did they make you record a confession?",
        "yes, they made me read it in front of the camera. i recorded it, i was so afraid",
    );
    assert!(made.contains(&FindingKind::Contradiction), "{made:?}");
    let asked = kinds_in(
        ROUTE,
        "Did you claim asylum in Turkey?",
        "I did ask for refugee status there, at an office in Izmir, but nothing came of it.",
    );
    assert!(asked.contains(&FindingKind::Contradiction), "{asked:?}");
    let not_asked = kinds_in(
        ROUTE,
        "Did you claim asylum in Turkey?",
        "no, i never applied for asylum in turkey, i was afraid they would send me back",
    );
    assert!(not_asked.is_empty(), "{not_asked:?}");
    // The country it counts from is not the country asked about.
    let before = kinds_in(
        "1. At the station they demanded that I sign a statement against the party.\n\n2. I did not apply for asylum in Kenya or Ethiopia.\n",
        "Did you apply for asylum in any country before you came to the United States?",
        "yes, in kenya, at the office in nairobi",
    );
    assert!(before.contains(&FindingKind::Contradiction), "{before:?}");
    // Asked of any country, the one the answer names.
    let named = kinds_in(
        ROUTE,
        "Did you claim asylum anywhere before you came to the United Kingdom?",
        "yes, in greece, but they never gave me an answer",
    );
    assert!(named.contains(&FindingKind::Contradiction), "{named:?}");
    let named = kinds_in(
        ROUTE,
        "Did you claim asylum anywhere before you came to the United Kingdom?",
        "no, not in turkey and not in greece",
    );
    assert!(named.is_empty(), "{named:?}");
    let charged = kinds_in(
        TWO_MATTERS,
        "Were you charged with anything?",
        "yes they charged me with terrorism",
    );
    assert!(charged.contains(&FindingKind::Contradiction), "{charged:?}");
    let without = kinds_in(
        "1. Soldiers held me for a week in Maradi.\n\n2. On 9 June 2021 I was released without charge, after my employer protested.\n",
        "Were you charged with any offence?",
        "yes they charged me with um spreading false news, and then they released me",
    );
    assert!(without.contains(&FindingKind::Contradiction), "{without:?}");
    const QUESTIONED: &str = "1. On 5 June 2019 two CID officers questioned me for four hours at their office in Jaffna.\n\n2. On 20 August 2019 men in a white van took me away.\n";
    let q = "Were you ever questioned by the CID before the van came?";
    let never = kinds_in(
        QUESTIONED,
        q,
        "no, never, the first time i saw them was the van",
    );
    assert!(never.contains(&FindingKind::Contradiction), "{never:?}");
    let once = kinds_in(QUESTIONED, q, "yes, once, in june, for about four hours");
    assert!(once.is_empty(), "{once:?}");
    let signed = kinds_in(
        TWO_MATTERS,
        "Did you sign anything?",
        "I signed the paper because I was afraid.",
    );
    assert!(signed.contains(&FindingKind::Contradiction), "{signed:?}");
    for answer in [
        "No, I never signed it.",
        "they wanted me to sign but i refused",
        "um no",
    ] {
        assert!(
            kinds_in(TWO_MATTERS, "Did you sign anything?", answer).is_empty(),
            "{answer}"
        );
    }
}

const FAMILY: &str = "1. My father's younger brother, Ravi Kumar, was a member of the union.\n\n2. In 2015 my cousin, Anil Das, introduced me to the union.\n\n3. On 2 June 2019 Vikram came to my house with another officer and threatened me.\n";

const HOSTS: &str = "1. My father was a teacher in Zinder. My mother's brother, Karim Haddad, is a trader.\n\n2. In May 2021 the chairman of our street committee, Idrissa Kane, told me to stop writing about the mine.\n\n3. With my colleague Moussa Tandja I went to the mine twice.\n\n4. On 3 June 2021 soldiers came to my house and arrested me. After my release my brother Issa picked me up at the gate, and an officer told him to watch me.\n\n5. I hid at the house of my pastor, Daniel Sani, in Maradi for three weeks.\n";

#[test]
fn who_it_was_in_other_words() {
    for (q, a) in [
        ("Where did you hide?", "at pastor daniel's house in maradi"),
        (
            "Who told you to stop writing?",
            "the chairman, he told me in may",
        ),
        (
            "Who told you to stop writing?",
            "idrissa told me, in may twenty twenty one",
        ),
        ("Who is Karim?", "my uncle karim, he sells things"),
        (
            "Who picked you up when you were released?",
            "my brother issa, and the officer told him to watch me",
        ),
        (
            "What did your father do?",
            "my father was a teacher, not an army officer",
        ),
    ] {
        let found = kinds_in(HOSTS, q, a);
        assert!(found.is_empty(), "{a}: {found:?}");
    }
    for (q, a) in [
        (
            "Where did you hide?",
            "at my uncle's house in maradi, for three weeks",
        ),
        (
            "Who told you to stop writing?",
            "the local police inspector told me",
        ),
        ("Who is Karim?", "karim is my father's brother"),
        (
            "Who went with you to the mine?",
            "my colleague, uh, patrick, we went twice",
        ),
        (
            "Who did you stay with in Maradi?",
            "with my father's brother, um, my uncle karim",
        ),
    ] {
        let found = kinds_in(HOSTS, q, a);
        assert!(found.contains(&FindingKind::Person), "{a}: {found:?}");
    }
}

const DETAIL: &str = "1. I have a younger sister, Amal, and a brother, Omar.\n\n2. Near the village of Karo, soldiers at a checkpoint took Omar and ten other men behind a wall.\n\n3. On 9 May 2023 my uncle Yusuf Adam, my mother's brother, paid them 1,500,000 pounds and they let me go.\n\n4. On 3 November 2024 I flew to London. I did not claim asylum in Spain; I only waited six hours at the airport.\n";

#[test]
fn detail_and_self_corrections_are_not_discrepancies() {
    for (q, a) in [
        (
            "Who paid for your release, and how much?",
            "My mother's brother, Yusuf. He paid one and a half million pounds to the guards.",
        ),
        (
            "What happened to your brother?",
            "at the checkpoint near karo they took omar and, like, ten other men behind a wall",
        ),
        (
            "When did you arrive in the UK?",
            "the third of october— no, november. the third of november twenty twenty four",
        ),
        (
            "Did you claim asylum in Spain?",
            "No. I was only at the airport for a few hours between the flights.",
        ),
        (
            "Who left with you?",
            "my mother, amal, omar and me, we walked",
        ),
        (
            "How much did your uncle pay?",
            "It was two million— no, one and a half million pounds.",
        ),
    ] {
        let found = kinds_in(DETAIL, q, a);
        assert!(found.is_empty(), "{a}: {found:?}");
    }
}

#[test]
fn a_day_of_the_month_is_the_passage_month() {
    const DAYS: &str = "1. On 9 August 2020 I was an observer at polling station 12 in Minsk.\n\n2. On 10 August 2020 I joined the protest on Independence Avenue.\n\n3. On 13 August 2020 OMON officers detained me near the square and took me to Okrestina.\n";
    let q = "When were you detained by the OMON officers?";
    let wrong = kinds_in(
        DAYS,
        q,
        "the next morning, on the eleventh, near the square",
    );
    assert!(wrong.contains(&FindingKind::Date), "{wrong:?}");
    let right = kinds_in(
        DAYS,
        q,
        "on the thirteenth, in the evening, near the square",
    );
    assert!(right.is_empty(), "{right:?}");
}

#[test]
fn a_time_told_from_another_event_is_the_statements_gap() {
    const THREATS: &str = "3. I taught history at the secondary school in Batticaloa. I lived with my wife and our two daughters.\n\n4. On 3 March 2021 soldiers burned the library of our school because I had organised a memorial event there.\n\n5. On 9 March 2021 soldiers arrested my father at his shop and held him at the Kallady army camp for a month.\n\n6. On 20 April 2021 I left Batticaloa for Colombo by bus.\n";
    let q = "What happened after the library was burned?";
    let soon = kinds_in(
        THREATS,
        q,
        "They burned the school library. Two days later the soldiers arrested my father at his shop.",
    );
    assert!(soon.contains(&FindingKind::Date), "{soon:?}");
    let right = kinds_in(
        THREATS,
        q,
        "They burned the school library. About a week later the soldiers arrested my father at his shop.",
    );
    assert!(right.is_empty(), "{right:?}");
}

#[test]
fn the_formal_close_is_not_the_story() {
    const FLIGHT: &str = "12. At the airport a security officer questioned me for two hours before he let me board.\n\n13. On 14 March 2022 I came to the United States: I flew from Addis Ababa to Washington Dulles and asked for asylum at the airport.\n\nI declare under penalty of perjury under the laws of the United States of America that the foregoing is true and correct.\n\nExecuted on 21 October 2022 in Silver Spring, Maryland.\n";
    let q = "When did you come to the United States?";
    let wrong = kinds_in(FLIGHT, q, "i came here in october twenty twenty two");
    assert!(wrong.contains(&FindingKind::Date), "{wrong:?}");
    let right = kinds_in(FLIGHT, q, "in march twenty twenty two, i flew to dulles");
    assert!(right.is_empty(), "{right:?}");
}

#[test]
fn a_bystander_does_not_say_who_did_it() {
    const TAKEN: &str = "7. I worked as a mechanic in Mekelle.\n\n8. On 4 November 2020 about ten federal police officers came to my house at night and arrested me. My wife and my son watched.\n\n9. They held me at the Kolfe police station for one night.\n";
    let q = "Who arrested you?";
    let unsaid = kinds_in(
        TAKEN,
        q,
        "they came to my house at night, knocking hard, they checked my ID and took me, my wife and my son were crying",
    );
    assert!(unsaid.contains(&FindingKind::Omission), "{unsaid:?}");
    let said = kinds_in(
        TAKEN,
        q,
        "the federal police, maybe ten of them, they came at night",
    );
    assert!(said.is_empty(), "{said:?}");
}

#[test]
fn asked_when_the_date_is_the_answering_passages() {
    const HELD: &str = "4. On the evening of 10 May 2021 the police detained me at the square. On 11 May 2021 we were moved to the detention centre on Okrestina Street.\n\n5. On 14 May 2021 I was released without ever seeing a judge. I went to a clinic the next day.\n";
    let q = "When were you released?";
    let wrong = kinds_in(HELD, q, "they let me go the next morning, on the eleventh");
    assert!(wrong.contains(&FindingKind::Date), "{wrong:?}");
    let right = kinds_in(HELD, q, "on the fourteenth of may, without a judge");
    assert!(right.is_empty(), "{right:?}");
}

#[test]
fn a_vaguer_date_elsewhere_does_not_excuse_a_wrong_one() {
    const SHOT: &str = "1. In June 2019 the gang came back and raised the renta to $100 a week.\n\n2. On July 8, 2019, at about 6 a.m., two men on a motorcycle shot at our delivery motorbike.\n";
    let q = "When did they shoot at your delivery motorbike?";
    let wrong = kinds_in(
        SHOT,
        q,
        "It was June 8, 2019, early in the morning, around six.",
    );
    assert!(wrong.contains(&FindingKind::Date), "{wrong:?}");
    let right = kinds_in(SHOT, q, "in july twenty nineteen, early in the morning");
    assert!(right.is_empty(), "{right:?}");
}

#[test]
fn a_stay_elsewhere_does_not_excuse_a_wrong_length() {
    const STAYS: &str = "1. In Moscow the volunteers put me in a rented flat that they used as a shelter, and I stayed there for about five weeks.\n\n2. On 18 March 2019 I flew to Yerevan. I stayed in Yerevan for four months and worked at a car wash.\n";
    let q = "How long did you stay in the shelter in Moscow?";
    let wrong = kinds_in(
        STAYS,
        q,
        "about five months, in a flat, the volunteers were renting it",
    );
    assert!(wrong.contains(&FindingKind::Number), "{wrong:?}");
    let right = kinds_in(STAYS, q, "a month or so, five weeks maybe, in a flat");
    assert!(right.is_empty(), "{right:?}");
}

#[test]
fn a_sum_is_placed_by_what_it_paid_for() {
    const SUMS: &str = "3. The soldiers burned my workshop. I lost machines worth about 9,000 pounds.\n\n4. A smuggler in Izmir took us across the sea for 12,000 pounds. My brother sent the money.\n";
    let q = "How much did the smuggler charge you?";
    let wrong = kinds_in(
        SUMS,
        q,
        "the smuggler, he took um ten thousand pounds from us",
    );
    assert!(wrong.contains(&FindingKind::Number), "{wrong:?}");
    let right = kinds_in(SUMS, q, "twelve thousand pounds, my brother paid it");
    assert!(right.is_empty(), "{right:?}");
    // A demand and a payment told together: either sum is the passage's.
    const DEMAND: &str = "5. The chief demanded 4,000 dollars from my father. He paid 2,000 dollars because he was afraid.\n";
    let told = kinds_in(
        DEMAND,
        "Did your father pay what the chief demanded?",
        "he wanted four thousand dollars, my father gave two thousand",
    );
    assert!(told.is_empty(), "{told:?}");
    // A sum paid in the sentence after it, told after what it was for.
    const BAIL: &str = "2. My uncle Tawfik lent me 30,000 pounds to open the shop.\n\n8. The prosecutor charged me and released me on bail of 4,000 pounds. My uncle Tawfik paid the bail.\n";
    let bail = kinds_in(
        BAIL,
        "What did the prosecutor decide?",
        "He charged me and let me go on bail. My uncle paid the four thousand pounds.",
    );
    assert!(bail.is_empty(), "{bail:?}");
}

#[test]
fn each_number_and_name_is_compared_with_its_own() {
    const STAY: &str = "4. I escaped on 2 May 2021 and went back to Kumasi. On 30 May 2021 I took a bus to Accra. My school friend Kwabena let me stay in his flat in Madina, where I hid for about four months.\n\n5. I have a younger brother, Kwadwo.\n\n6. In Greece I was held for twenty-one days at a camp on Samos. I stayed in Athens for about three weeks.\n";
    // Four weeks in Kumasi is not the four months in Madina; a friend
    // Kwabena is the statement's friend, not the brother Kwadwo.
    let told = kinds_in(
        STAY,
        "Where did you go after you escaped?",
        "um first back to kumasi, for three, four weeks, then the bus to accra and i stayed with my friend kwabena in madina, like four months",
    );
    assert!(told.is_empty(), "{told:?}");
    // Three weeks held is the twenty-one days, whatever the stay in Athens.
    let held = kinds_in(
        STAY,
        "How long were you detained in Greece?",
        "Three weeks, more or less.",
    );
    assert!(held.is_empty(), "{held:?}");
    let wrong = kinds_in(
        STAY,
        "How long were you detained in Greece?",
        "Two months, more or less.",
    );
    assert!(wrong.contains(&FindingKind::Number), "{wrong:?}");
    // Two ages in one sentence: the one told right is no excuse for the other.
    const AGES: &str = "2. I met Tomas when I was nineteen. He was 34.\n";
    let ages = kinds_in(
        AGES,
        "How old were you and Tomas when you met?",
        "i was nineteen and he was like fifty",
    );
    assert!(ages.contains(&FindingKind::Number), "{ages:?}");
}

#[test]
fn a_beating_on_the_soles_of_my_feet_is_mine() {
    const BEATEN: &str = "5. At the station officers beat me on the soles of my feet with a baton and made me stand against a wall.\n";
    let told = kinds_in(
        BEATEN,
        "What happened at the station?",
        "they beat the soles of my feet and, uh, made me stand at the wall",
    );
    assert!(told.is_empty(), "{told:?}");
}

#[test]
fn every_order_an_answer_tells_is_checked() {
    const HELD: &str = "7. On 1 October 2017 we raised the flag in Kumba.\n\n8. On 3 October 2017 soldiers arrested me at night. They took me to the gendarmerie brigade in Kumba, where I was held for two days. On 5 October 2017 they drove me to Yaounde, to the SED detention centre.\n\n9. My cousin was shot dead in Bamenda in March 2019.\n";
    let swapped = kinds_in(
        HELD,
        "What happened between the flag raising and your arrival in Yaounde?",
        "ok so after the flag some days later they arrested me at night and they drove me to yaounde first to the SED and only after that they brought me to the gendarmerie in kumba",
    );
    assert!(swapped.contains(&FindingKind::Sequence), "{swapped:?}");
    let told = kinds_in(
        HELD,
        "What happened between the flag raising and your arrival in Yaounde?",
        "ok so after the flag some days later they arrested me at night and they brought me to the gendarmerie in kumba first and only after that they drove me to yaounde, to the SED",
    );
    assert!(told.is_empty(), "{told:?}");
}

#[test]
fn an_order_told_inside_one_sentence_is_checked() {
    const CASE: &str = "4. On 3 May 2022 a crowd attacked our church in Jos. The police came an hour later and arrested none of the attackers.\n\n5. On 9 May 2022 the police registered a case of blasphemy against me and two other deacons.\n\n6. On 14 May 2022 officers arrested me at my workshop. On 16 May I was brought before a magistrate, and the same day I was moved to the central prison.\n\n7. On 2 August 2022 I was released on bail. In September 2022 a video of my arrest was posted online.\n";
    let q = "How did the case against you start?";
    // The police "arrested none of the attackers" is not my arrest.
    let swapped = kinds_in(
        CASE,
        q,
        "First the police came to my workshop and arrested me. Then a few days later they registered the blasphemy case against three of us.",
    );
    assert!(swapped.contains(&FindingKind::Sequence), "{swapped:?}");
    let told = kinds_in(
        CASE,
        q,
        "First they registered the blasphemy case against three of us. Then a few days later the police came to my workshop and arrested me.",
    );
    assert!(told.is_empty(), "{told:?}");
    // "It was after I got out of prison that…", "After I got out of prison
    // I…", "Only after the hearing did they…"
    let cleft = kinds_in(
        CASE,
        "What happened after your arrest?",
        "They kept me at the central prison. And it was before I got out of prison that the video of my arrest was posted online.",
    );
    assert!(cleft.contains(&FindingKind::Sequence), "{cleft:?}");
    let no_comma = kinds_in(
        CASE,
        "What happened after your arrest?",
        "After I got out of prison I was brought before a magistrate.",
    );
    assert!(no_comma.contains(&FindingKind::Sequence), "{no_comma:?}");
    let inverted = kinds_in(
        CASE,
        "What happened after your arrest?",
        "First they let me out on bail. Only after the bail did I see the magistrate.",
    );
    assert!(inverted.contains(&FindingKind::Sequence), "{inverted:?}");
}

#[test]
fn after_i_came_out_is_after_the_detention() {
    const CASE: &str = "3. In March 2018 my neighbour Tomas reported me to the village council for preaching.\n\n4. On 2 April 2019 two officers took me from my shop to the district station in Velka. They held me for nine days and beat me with a cable.\n\n5. On 11 April 2019 they let me go after my wife paid 400 dollars.\n";
    let q = "Tell me about your problems before you left.";
    let swapped = kinds_in(
        CASE,
        q,
        "first the officers took me from my shop to the station in velka and beat me, and, um, after i came out, tomas reported me to the council for preaching.",
    );
    assert!(swapped.contains(&FindingKind::Sequence), "{swapped:?}");
    let told = kinds_in(
        CASE,
        q,
        "first tomas reported me to the council for preaching, and, um, after that the officers took me from my shop to the station in velka.",
    );
    assert!(!told.contains(&FindingKind::Sequence), "{told:?}");
}

#[test]
fn how_long_after_opens_a_clause() {
    const CASE: &str = "6. On 12 May 2021 my cousin Dario was shot in the arm outside his bakery in San Lucas.\n\n7. On 20 May 2021 we moved to Monterrey by bus and rented a room there.\n\n8. On 2 June 2021 the police arrested me in Monterrey and kept me for two days.\n";
    let swapped = kinds_in(
        CASE,
        "What happened to your cousin?",
        "Some time after we moved to Monterrey, they shot Dario in the arm outside his bakery.",
    );
    assert!(swapped.contains(&FindingKind::Sequence), "{swapped:?}");
    let told = kinds_in(
        CASE,
        "What happened to your cousin?",
        "Some time before we moved to Monterrey, they shot Dario in the arm outside his bakery.",
    );
    assert!(!told.contains(&FindingKind::Sequence), "{told:?}");
}

#[test]
fn while_i_was_in_a_place_the_stay_came_first() {
    const CASE: &str = "8. On the night of 3 March 2022 men burned my shop in Tamale.\n\n9. On 20 March 2022 I went to Kumasi to hide with my aunt Efua.\n";
    let q = "What happened after the elections?";
    let swapped = kinds_in(
        CASE,
        q,
        "I went to Kumasi to hide with my aunt. While I was in Kumasi, men burned my shop in Tamale.",
    );
    assert!(swapped.contains(&FindingKind::Sequence), "{swapped:?}");
    let told = kinds_in(
        CASE,
        q,
        "Men burned my shop in Tamale. While I was in Kumasi with my aunt, I heard nothing more.",
    );
    assert!(!told.contains(&FindingKind::Sequence), "{told:?}");
}

#[test]
fn before_that_points_back() {
    const CASE: &str = "7. In May 2021 soldiers searched my uncle's farm near Ruvu and took his radio.\n\n8. In July 2021 they arrested my cousin Baraka at the market and held him for a week.\n";
    let q = "What happened to your family?";
    let told = kinds_in(
        CASE,
        q,
        "they arrested my cousin baraka at the market and kept him a week. and before that the soldiers searched my uncle's farm and took his radio.",
    );
    assert!(!told.contains(&FindingKind::Sequence), "{told:?}");
    let swapped = kinds_in(
        CASE,
        q,
        "the soldiers searched my uncle's farm and took his radio. and before that they arrested my cousin baraka at the market and kept him a week.",
    );
    assert!(swapped.contains(&FindingKind::Sequence), "{swapped:?}");
}

#[test]
fn a_bare_year_does_not_excuse_a_wrong_month() {
    const CASE: &str = "2. From 2014 I read the news every morning on Radio Sauti, a small station in our town.\n\n3. On 9 March 2021, in the morning, after the news, two officers arrested me outside the station.\n";
    let found = kinds_in(
        CASE,
        "When were you arrested?",
        "it was the ninth of may, in the morning, after the news on the radio.",
    );
    assert!(found.contains(&FindingKind::Date), "{found:?}");
    let found = kinds_in(
        CASE,
        "When were you arrested?",
        "it was the ninth of march, in the morning, after the news on the radio.",
    );
    assert!(!found.contains(&FindingKind::Date), "{found:?}");
}

#[test]
fn nothing_else_happened_where_the_statement_tells_more() {
    const CASE: &str = "3. On 4 June 2020 soldiers beat me at the checkpoint in Ruhengeri.\n\n4. On 10 July 2020 I moved to my aunt's house in Musanze.\n\n5. In August 2020 two men came to my aunt's house and threatened to kill me.\n";
    let q = "Apart from the beating at the checkpoint, did anyone else attack or threaten you?";
    let found = kinds_in(
        CASE,
        q,
        "No. After that I was at my aunt's and it was quiet.",
    );
    assert!(found.contains(&FindingKind::Omission), "{found:?}");
    let found = kinds_in(
        CASE,
        q,
        "Yes, in August two men came to my aunt's house and said they would kill me.",
    );
    assert!(!found.contains(&FindingKind::Omission), "{found:?}");
    // An open question, without a time, is not weighed.
    let found = kinds_in(CASE, "Did anyone else ever threaten you?", "No.");
    assert!(!found.contains(&FindingKind::Omission), "{found:?}");
}

#[test]
fn that_was_before_is_read_against_the_question() {
    const CASE: &str = "3. In January 2021 I joined the teachers' union in Gitega and began to speak at its meetings.\n\n4. On 2 May 2021 four soldiers came to our school at night and burned the library.\n\n5. On 9 July 2021 I was summoned to the governor's office.\n";
    let q = "When did the soldiers burn the school library?";
    let swapped = kinds_in(CASE, q, "That was before I joined the union.");
    assert!(swapped.contains(&FindingKind::Sequence), "{swapped:?}");
    let told = kinds_in(
        CASE,
        q,
        "That was before I was summoned to the governor's office.",
    );
    assert!(!told.contains(&FindingKind::Sequence), "{told:?}");
}

#[test]
fn let_go_from_a_job_and_an_event_named_in_passing() {
    const CASE: &str = "3. From 2015 I worked as a driver for Mr Pinto's bakery in Beira.\n\n5. On 3 March 2020 a gang of men attacked me near the market.\n\n6. After the attack my neighbours stopped speaking to me. In April 2020 Mr Pinto dismissed me from the bakery. My friend Tomas moved to Maputo soon after the attack.\n";
    let q = "When did you lose your job at the bakery?";
    let swapped = kinds_in(
        CASE,
        q,
        "mr pinto let me go first. and after that, a few weeks after, the men attacked me near the market.",
    );
    assert!(swapped.contains(&FindingKind::Sequence), "{swapped:?}");
    let told = kinds_in(
        CASE,
        q,
        "the men attacked me near the market first. and after that, a few weeks after, mr pinto let me go.",
    );
    assert!(!told.contains(&FindingKind::Sequence), "{told:?}");
}

#[test]
fn who_names_someone_the_statement_puts_elsewhere() {
    const CELL: &str = "1. Lieutenant Aristide Bamba arrested me on 3 May 2020 and questioned me at the camp.\n\n2. On the second night a guard called Le Gros hit me with a belt while I was tied to a chair. Lieutenant Bamba came the next morning and asked again for names.\n\n3. The landlord's nephew, Serge, saw me at the meeting. On 20 June 2020 about ten men led by Serge burned my shop.\n";
    let hit = kinds_in(
        CELL,
        "Who hit you with a belt?",
        "It was Lieutenant Bamba himself, while I was tied to the chair.",
    );
    assert!(hit.contains(&FindingKind::Person), "{hit:?}");
    let guard = kinds_in(
        CELL,
        "Who hit you with a belt?",
        "a guard, they called him le gros",
    );
    assert!(guard.is_empty(), "{guard:?}");
    let led = kinds_in(
        CELL,
        "Who led the men who burned your shop?",
        "The landlord himself. He came with the men.",
    );
    assert!(led.contains(&FindingKind::Person), "{led:?}");
    let nephew = kinds_in(
        CELL,
        "Who led the men who burned your shop?",
        "Serge, the nephew of my landlord.",
    );
    assert!(nephew.is_empty(), "{nephew:?}");
}

#[test]
fn a_name_told_mostly_as_a_person_is_not_a_place() {
    const GANG: &str = "1. A group led by a man named Tengo Beridze followed us when we preached.\n\n2. On 5 May 2021, near the bus station in Gori, Tengo and two men took our books, and two men held my arms while Tengo punched me.\n\n3. In the cell that night the duty officer, Sergeant Levan Abashidze, kicked me in the back.\n";
    let found = kinds_in(
        GANG,
        "Who kicked you in the cell?",
        "Tengo came to the station that night and kicked me.",
    );
    assert!(found.contains(&FindingKind::Person), "{found:?}");
}

#[test]
fn a_report_told_in_the_next_sentence_answers_the_question() {
    const TOLD: &str = "1. On 8 August 2020, while my friend and I handed out leaflets at the bus park in Kitgum, four men from the youth wing tore the leaflets and hit me. We reported this to the Kitgum police that evening.\n\n2. In 2021 my car was burned outside my house. I did not report it, because the police had done nothing before.\n";
    let q = "Did you report the attack at the bus park in 2020?";
    let no = kinds_in(
        TOLD,
        q,
        "No, we did not go to the police. They would not help us.",
    );
    assert!(no.contains(&FindingKind::Contradiction), "{no:?}");
    let yes = kinds_in(
        TOLD,
        q,
        "Yes, we went to the police in Kitgum that same evening.",
    );
    assert!(yes.is_empty(), "{yes:?}");
}

#[test]
fn telling_about_an_attack_without_its_beating_leaves_it_out() {
    const RAID: &str = "1. I am a member of a small church in Rustavi.\n\n2. On 9 May 2022 about fifteen men came to our prayer meeting. They broke the windows and burned our hymn books. Two of them held me while their leader beat me with a stick, and my arm was broken. The police came and arrested me and my friend Dato.\n\n3. I left Georgia in June 2022.\n";
    let q = "Tell me about the attack on 9 May 2022.";
    // Quoting the beating left out, whatever its weight.
    assert!(omission_quoting(
        RAID,
        q,
        "About fifteen men came. They broke the windows and burned our books, and then the police arrested me and Dato.",
        "beat me with a stick",
    ));
    let told = kinds_in(
        RAID,
        q,
        "About fifteen men came and broke the windows. Their leader beat me with a stick and broke my arm, and the police arrested me and Dato.",
    );
    assert!(told.is_empty(), "{told:?}");
}

#[test]
fn a_flight_to_another_city_and_a_detention_there() {
    const FLIGHT: &str = "1. On 2 February 2023 I flew from Batumi to Vienna with a visa my cousin arranged.\n\n2. From Vienna I took a bus to Brussels, where I stayed three weeks with a friend, Zurab.\n\n3. In 2021 I was sentenced to ten days of administrative detention in Batumi.\n";
    let q = "How did you travel after you left Georgia?";
    let other = kinds_in(
        FLIGHT,
        q,
        "from batumi i flew to um prague. at the airport in prague the police stopped me and kept me two days, then i took a bus to brussels.",
    );
    assert!(other.contains(&FindingKind::Place), "{other:?}");
    assert!(other.contains(&FindingKind::Addition), "{other:?}");
    let same = kinds_in(
        FLIGHT,
        q,
        "from batumi i flew to vienna, and from there a bus to brussels, where i stayed with zurab about three weeks.",
    );
    assert!(same.is_empty(), "{same:?}");
}

#[test]
fn a_role_then_a_name_after_a_comma_is_one_person() {
    const CROWD: &str = "1. In 2017 the headmaster of my school, Osvaldo Pérez, told me to stop writing.\n\n2. On 3 March 2021 about thirty people, organised by the local party secretary, Marta Ruiz, shouted outside my house all day.\n";
    let q = "Who organised the crowd outside your house?";
    let wrong = kinds_in(
        CROWD,
        q,
        "it was the director of my old school, osvaldo perez. he brought them.",
    );
    assert!(wrong.contains(&FindingKind::Person), "{wrong:?}");
    let right = kinds_in(CROWD, q, "the party secretary, marta ruiz.");
    assert!(right.is_empty(), "{right:?}");
}

#[test]
fn numbers_in_more_words_and_places() {
    const HELD: &str = "1. Usually about 30 believers came to our prayer meetings in my house.\n\n2. On 3 March 2020 I was arrested and held for two days at the district police station. On 9 March 2020 I was taken to Gitega central prison. I was kept there for seven months.\n\n3. On 5 May 2022 I was arrested again and held at the Rohero police station for 12 days. They let me go on 17 May 2022.\n\n4. To pay the smuggler my family borrowed 250 million dong from relatives.\n";
    for (q, a) in [
        (
            "How long were you kept at Gitega central prison?",
            "about a year, maybe more",
        ),
        (
            "How many people came to the meetings?",
            "usually seventy or eighty people came",
        ),
        (
            "How long were you held at the Rohero police station?",
            "two days, they let me go on the second day",
        ),
        (
            "How much did your family borrow?",
            "about one billion dong, from relatives",
        ),
    ] {
        let found = kinds_in(HELD, q, a);
        assert!(found.contains(&FindingKind::Number), "{a}: {found:?}");
    }
    for (q, a) in [
        (
            "How long were you kept at Gitega central prison?",
            "about eight months",
        ),
        (
            "How many people came to the meetings?",
            "around thirty people",
        ),
        (
            "How long were you held at the Rohero police station?",
            "twelve days",
        ),
        (
            "How much did your family borrow?",
            "two hundred and fifty million dong",
        ),
    ] {
        let found = kinds_in(HELD, q, a);
        assert!(found.is_empty(), "{a}: {found:?}");
    }
}

#[test]
fn a_lawyer_denied_a_court_named_and_a_brother_taken_away() {
    const HIDING: &str = "1. On 2 May 2021 I was arrested and held at the district police station for six days. I was never taken before a judge, and I did not have a lawyer. My wife paid 200 dollars and they let me go.\n\n2. In September 2021 the provincial court tried my cousin and sentenced him to two years in prison.\n\n3. While I was hiding in Gitega, militiamen came to our house in November 2021. They slapped my wife and took away my younger brother Eric, who was 17. Eric has not been seen since.\n";
    let lawyer = kinds_in(
        HIDING,
        "Did you have a lawyer?",
        "yes, my wife found a lawyer, and he came to the police station once to see me.",
    );
    assert!(lawyer.contains(&FindingKind::Contradiction), "{lawyer:?}");
    let court = kinds_in(
        HIDING,
        "Were you ever taken to court?",
        "No, never. It was my cousin who went to court, in September 2021.",
    );
    assert!(court.is_empty(), "{court:?}");
    assert!(omission_quoting(
        HIDING,
        "What happened to your family while you were hiding in Gitega?",
        "The militia came to our house in November 2021 looking for me. They slapped my wife.",
        "took away my younger brother",
    ));
}

#[test]
fn where_asked_is_the_passage_naming_what_the_question_names() {
    const MET: &str = "1. In 2016 I moved to Mombasa and worked as a cook at the Blue Lagoon Hotel, where the guests ate by the sea.\n\n2. In March 2018 I met my partner Amina at the fish market in Lamu.\n\n3. In 2019 we rented a room together in Malindi.\n";
    let q = "Where did you meet Amina?";
    let other = kinds_in(
        MET,
        q,
        "we met at the hotel, she came in to eat by the sea and we talked",
    );
    assert!(other.contains(&FindingKind::Place), "{other:?}");
    let same = kinds_in(MET, q, "at the fish market in lamu, she was buying fish");
    assert!(same.is_empty(), "{same:?}");
}

#[test]
fn a_detention_where_the_journey_only_passed_is_new() {
    const ROUTE: &str = "1. In May 2021 I left Freetown by bus. From Bamako I went on by truck through Gao to Tamanrasset, and then across the border to Ouargla.\n\n2. In Ouargla soldiers held me in a barracks for five weeks until my cousin sent 600 euros.\n";
    let q = "Tell me about your journey.";
    let new = kinds_in(
        ROUTE,
        q,
        "From Bamako we went by truck to Tamanrasset. In Tamanrasset the police arrested me and kept me in a cell for ten days until I paid them. Then we crossed to Ouargla.",
    );
    assert!(new.contains(&FindingKind::Addition), "{new:?}");
    // Not the five weeks in Ouargla, told at another place.
    assert!(!new.contains(&FindingKind::Number), "{new:?}");
    let told = kinds_in(
        ROUTE,
        q,
        "We went through Gao and Tamanrasset. In Ouargla the soldiers kept me in a barracks for five weeks until my cousin paid.",
    );
    assert!(told.is_empty(), "{told:?}");
}

#[test]
fn a_him_or_her_with_no_one_named_is_someone_else() {
    const FAMILY: &str = "1. On 2 March 2022 men from the militia beat me in the street.\n\n2. My wife Selam stayed in our house in Adwa. In 2023 she told me that men had written threats on our door.\n";
    let q = "Has anything happened to your family since you left?";
    let beaten = kinds_in(
        FAMILY,
        q,
        "selam told me that the men came at night and wrote on the door, and they beat her. she was in hospital for a week.",
    );
    assert!(beaten.contains(&FindingKind::Addition), "{beaten:?}");
    let written = kinds_in(
        FAMILY,
        q,
        "selam told me that the men came and wrote threats on our door.",
    );
    assert!(written.is_empty(), "{written:?}");
}

#[test]
fn the_morning_after_is_one_day_after() {
    const DAYS: &str = "1. I am a teacher from Makeni. I joined the opposition party in 2015.\n\n2. On 4 June 2021 I voted in the referendum in Makeni and I spoke against it at the school.\n\n3. On 7 June 2021 at dawn soldiers came to my uncle's house to arrest me. I escaped through the back door.\n\n4. I left the country on 20 June 2021.\n";
    let q = "When did the soldiers come to arrest you?";
    let wrong = kinds_in(
        DAYS,
        q,
        "it was um the morning after the referendum, very early.",
    );
    assert!(wrong.contains(&FindingKind::Date), "{wrong:?}");
    // (Without a date of its own, an answer gets a light omission.)
    let right = kinds_in(DAYS, q, "three days after the referendum, very early.");
    assert!(!right.contains(&FindingKind::Date), "{right:?}");
}

#[test]
fn where_they_were_held_is_not_where_a_report_was_made() {
    const HELD: &str = "1. On 3 April 2022 the police arrested us and took us to Kibuye police station, where we were held for four days.\n\n2. On 20 May 2022 my cousin went with me to Nyamata police station and I reported the threats.\n";
    let q = "Where did the police take you after the arrest?";
    let other = kinds_in(
        HELD,
        q,
        "They took us to Nyamata police station and kept us there for four days.",
    );
    assert!(other.contains(&FindingKind::Place), "{other:?}");
    let same = kinds_in(HELD, q, "To Kibuye police station. They kept us four days.");
    assert!(same.is_empty(), "{same:?}");
}

#[test]
fn another_town_beside_a_named_building_is_another_place() {
    const HELD: &str = "1. I was born in Amuda, in Hasakah province. I studied in Hasakah.\n\n2. On 3 May 2019 I was arrested at home. I was taken to the Asayish centre in the Hilaliya district of Qamishli.\n";
    let q = "Where were you taken after the arrest?";
    let other = kinds_in(
        HELD,
        q,
        "they took me to the asayish centre in hasakah city",
    );
    assert!(other.contains(&FindingKind::Place), "{other:?}");
    let same = kinds_in(HELD, q, "to the asayish centre, in qamishli");
    assert!(same.is_empty(), "{same:?}");
}

#[test]
fn what_was_done_is_asked_in_other_words() {
    const HURT: &str = "1. On 14 July 2018 five men attacked me in the street. They kicked me and broke two of my ribs and my right wrist.\n\n2. I was interrogated four times at the ANR office. They beat me with a belt and made me kneel on bottle tops. They asked who gave me the documents.\n";
    for (q, a) in [
        (
            "What injuries did you have from the attack?",
            "i was in a lot of pain, i couldn't walk well, and i was very scared",
        ),
        (
            "How were you treated during the interrogations?",
            "they asked questions, always the same, who gave me the documents, why i attack the army",
        ),
    ] {
        let found: Vec<FindingKind> = Checker::new(Statement::parse(HURT).expect("statement"))
            .check(q, a)
            .findings
            .into_iter()
            .map(|f| f.kind)
            .collect();
        assert!(found.contains(&FindingKind::Omission), "{a}: {found:?}");
    }
    let told = kinds_in(
        HURT,
        "What injuries did you have from the attack?",
        "they broke my ribs, two ribs, and my wrist",
    );
    assert!(told.is_empty(), "{told:?}");
}

#[test]
fn another_force_is_a_contradiction() {
    const FORCES: &str = "1. In April 2018 I joined a protest at the university against the reform of the social security institute (INSS).\n\n2. On 14 July 2018 five men stopped me in the street and beat me with their rifles. People called these men paramilitaries; they wore civilian clothes.\n";
    let q = "Who were the men who beat you in July?";
    let army = kinds_in(FORCES, q, "they were soldiers from the army, in uniform");
    assert!(army.contains(&FindingKind::Contradiction), "{army:?}");
    let same = kinds_in(FORCES, q, "paramilitaries, in normal clothes, five of them");
    assert!(same.is_empty(), "{same:?}");
}

#[test]
fn each_step_of_a_told_sequence_is_checked() {
    const STEPS: &str = "1. On 24 March 2022 I was released without charge.\n\n2. After my release I had to report to the security office every Friday. I reported every Friday for five weeks.\n\n3. On 6 May 2022 three men came to my house at night and asked for me.\n\n4. After that I hid in the house of my pastor in Matete for two weeks.\n";
    let q = "Tell me about the events between your release and your departure.";
    let swapped = kinds_in(
        STEPS,
        q,
        "so after i was released, first i hid at the pastor's house in matete, and after that i reported every friday for five weeks, and then the men came to my house",
    );
    assert!(swapped.contains(&FindingKind::Sequence), "{swapped:?}");
    let told = kinds_in(
        STEPS,
        q,
        "so after i was released, i reported every friday for five weeks, and then the men came to my house, and after that i hid at the pastor's house in matete",
    );
    assert!(told.is_empty(), "{told:?}");
}

#[test]
fn steps_on_one_date_or_named_by_a_place_are_in_order() {
    const ROUTE: &str = "1. On 2 November 2021 I crossed the forest into Poland. The Polish police arrested me near Bialystok and took my fingerprints. After four days I was released, and an agent drove me to Germany and then to France.\n\n2. On 1 December 2021 I crossed the Channel in a small boat from Dunkirk.\n";
    let q = "Tell me about your journey.";
    let swapped = kinds_in(
        ROUTE,
        q,
        "I flew to Minsk, and then an agent drove me to Germany and France. After that I crossed the forest into Poland, and the Polish police took my fingerprints. Then the boat from Dunkirk.",
    );
    assert!(swapped.contains(&FindingKind::Sequence), "{swapped:?}");
    let told = kinds_in(
        ROUTE,
        q,
        "I crossed the forest into Poland and the police took my fingerprints, then an agent drove me to Germany and France, and after that the boat from Dunkirk.",
    );
    assert!(told.is_empty(), "{told:?}");
    const FLIGHTS: &str = "1. I was born in Argun in 1994. I worked as a trainer at a gym.\n\n2. In February 2019 the police detained me for twelve days. My brother picked me up.\n\n3. In March 2019 I went from Nazran to Moscow by bus, and volunteers gave me a flat.\n\n4. On 18 March 2019 I flew from Moscow to Yerevan. I worked at a car wash there.\n\n5. In July 2019 I flew to Edinburgh and claimed asylum at the airport.\n";
    let back = kinds_in(
        FLIGHTS,
        q,
        "First I went to Yerevan, and from there I went to Moscow, where the volunteers gave me a flat. Then I came to Edinburgh.",
    );
    assert!(back.contains(&FindingKind::Sequence), "{back:?}");
    // "self defence" is the statement's "self-defence".
    const DUTY: &str = "1. In January 2018 the Asayish closed the Roj centre where I taught.\n\n2. In November 2018 I received an order to report for self-defence duty.\n\n3. On 3 February 2020 they took my brother.\n";
    let duty = kinds_in(
        DUTY,
        "What happened after your release? Tell me in order.",
        "so first i got the paper for the self defence duty, and after that they closed the roj centre where i was teaching, and then in twenty twenty they took my brother",
    );
    assert!(duty.contains(&FindingKind::Sequence), "{duty:?}");
}

#[test]
fn a_new_method_of_harm_in_the_next_sentence_is_an_addition() {
    const KNEEL: &str = "1. On 2 March 2022 ANR agents arrested me at the radio station.\n\n2. In detention they beat me with a military belt and made me kneel on bottle tops. For three days they gave me no food.\n";
    let q = "What did they do to you while you were detained?";
    let more = kinds_in(
        KNEEL,
        q,
        "They beat me with a military belt on my back. They also pushed my head into a barrel of water until I could not breathe.",
    );
    assert!(more.contains(&FindingKind::Addition), "{more:?}");
    let same = kinds_in(
        KNEEL,
        q,
        "they beat me with a belt and i had to kneel on bottle tops",
    );
    assert!(same.is_empty(), "{same:?}");
}

#[test]
fn a_place_read_as_a_name_is_no_victim() {
    const MOVED: &str = "9. On 12 April 2021 I was arrested at home. After three days at the KGB I was transferred to the detention centre, Okrestina No. 1, in Minsk.\n\n10. Since I left, the police have searched my mother's flat twice.\n";
    let added = kinds_in(
        MOVED,
        "Has anything happened to your family since you left?",
        "They searched my mother's flat twice. And last year they arrested my mother and held her for a day.",
    );
    assert!(added.contains(&FindingKind::Addition), "{added:?}");
}

#[test]
fn a_harm_told_only_of_another_place_is_new_there() {
    const HELD: &str = "6. On 2 March 2020 the police took me to the Kasarani police station. Two officers beat me with a hose and kicked me in the stomach.\n\n7. On 5 March 2020 a court sent me to Kamiti prison. The cell was crowded, about thirty men, and the food was bad. Some prisoners would not speak to me.\n\n8. On 20 April 2020 I was released on bond.\n";
    let q = "What happened in Kamiti prison?";
    let new = kinds_in(
        HELD,
        q,
        "it was very crowded, like thirty men in the cell, the food was bad. and one night the guards took me out and beat me with sticks",
    );
    assert!(new.contains(&FindingKind::Addition), "{new:?}");
    let told = kinds_in(
        HELD,
        "What happened at the Kasarani police station?",
        "two officers, they beat me with a hose and kicked me in my stomach",
    );
    assert!(told.is_empty(), "{told:?}");
    let same = kinds_in(
        HELD,
        q,
        "the cell was crowded, thirty men, and bad food. some prisoners did not talk to me",
    );
    assert!(same.is_empty(), "{same:?}");
}

#[test]
fn asked_about_a_place_what_was_done_there_is_asked() {
    const HELD: &str = "6. On 2 March 2020 officers arrested me at my stall. They took me to the Kasarani police station, where I was held for four days. Inspector Otieno led the questioning.\n\n7. Otieno wanted me to name the other members of our group. I refused. On the second night two officers beat me with a hose and burned my arm with a cigarette.\n\n8. On 6 March 2020 I was released on bond.\n";
    let q = "What happened to you at the Kasarani police station?";
    let left_out = kinds_in(
        HELD,
        q,
        "They kept me there four days. The inspector asked me many questions about our group. Then they let me go on bond.",
    );
    assert!(left_out.contains(&FindingKind::Omission), "{left_out:?}");
    let told = kinds_in(
        HELD,
        q,
        "four days. the inspector asked for names, i refused, and, um, they beat me with a hose on the second night",
    );
    assert!(told.is_empty(), "{told:?}");
}

#[test]
fn a_harm_to_someone_new_is_an_addition() {
    const ARRESTS: &str = "1. On 3 March 2020 the police took my brother Karim away. They held him for six days.\n\n2. In June 2021 my friend Sami Haddad was arrested in Homs.\n";
    let q = "Has anything happened to your family since you left?";
    for a in [
        "they arrested my mother in homs and kept her for one week",
        "the second time they took my father with them and held him for three days",
    ] {
        let found = kinds_in(ARRESTS, q, a);
        assert!(found.contains(&FindingKind::Addition), "{a}: {found:?}");
    }
    let found = kinds_in(ARRESTS, q, "they held my brother karim for six days");
    assert!(found.is_empty(), "{found:?}");
    // "him" two sentences on is still the brother, and "my brother's
    // arrest" is his: neither is the client's own detention.
    const HIS: &str = "1. On 9 September 2018 the police arrested my brother Axel at a checkpoint in Masaya. They asked him where I was. They slapped him and kept him without food for two days.\n\n2. After my brother's arrest my family decided that I had to leave.\n";
    let mine = kinds_in(
        HIS,
        "Did anything else happen to you before you left?",
        "yes, in august the police came to my aunt's house in jinotepe and arrested me, and they kept me three days",
    );
    assert!(mine.contains(&FindingKind::Addition), "{mine:?}");
    // Someone the statement names, hurt where it tells only of the
    // girls in general.
    const HIDING: &str = "1. In the village the society women cut the girls every dry season. They beat me with a cane.\n\n2. I went to hide with my friend's sister, Fanta, in Lumley. I went out only at night.\n";
    let found = kinds_in(
        HIDING,
        "What happened while you were hiding in Lumley?",
        "i only went out at night, and one night his nephews found the house and beat fanta",
    );
    assert!(found.contains(&FindingKind::Addition), "{found:?}");
}

#[test]
fn workplaces_are_not_towns_and_a_pause_keeps_a_place() {
    const EDWIN: &str = "1. I have one younger brother, Edwin Lemus, who was born in 1995.\n\n2. In March 2013 I opened a small bakery in Soyapango. My brother Edwin started working with us in 2015.\n\n3. On August 2, 2019, my brother Edwin did not come home. On August 4 his body was found in a ravine near Tonacatepeque. He had been shot twice.\n\n4. Since I arrived I have lived with my cousin in Hyattsville, Maryland.\n";
    let q = "What happened to your brother Edwin?";
    let life = Checker::new(Statement::parse(EDWIN).expect("statement")).check(
        q,
        "edwin was my little brother, he worked with me at the bakery since twenty fifteen, he liked football",
    );
    let kinds: Vec<FindingKind> = life.findings.iter().map(|f| f.kind).collect();
    // The killing is left out; the bakery is no town against Hyattsville.
    assert!(kinds.contains(&FindingKind::Omission), "{kinds:?}");
    assert!(!kinds.contains(&FindingKind::Place), "{kinds:?}");
    let other = kinds_in(
        EDWIN,
        "Where was your brother's body found?",
        "in a ravine near, um, apopa. they shot him two times",
    );
    assert!(other.contains(&FindingKind::Place), "{other:?}");
}

#[test]
fn who_it_was_by_a_name_told_after() {
    const MARCH: &str = "4. I worked as a teacher in Valencia. I lived with my mother and my two sons.\n\n5. On 12 June I joined a march on Avenida Bolívar with my neighbour and friend, Marisol Peña. A man beside us was shot. Marisol and I carried him to a clinic.\n\n6. On 20 June soldiers arrested me at my school. In the cell an older man, Ibrahim Tahir, died after a beating, and the guards made me carry his body.\n\n7. On 3 August I was released. In September I left for Colombia.\n";
    let other = kinds_in(
        MARCH,
        "Who went with you to the march?",
        "with my mother. we went together on avenida bolivar",
    );
    assert!(other.contains(&FindingKind::Person), "{other:?}");
    let same = kinds_in(
        MARCH,
        "Who went with you to the march?",
        "marisol, my neighbour, she came with me",
    );
    assert!(same.is_empty(), "{same:?}");
    let named = kinds_in(
        MARCH,
        "Who died in your cell?",
        "A young man, a student. I think his name was Yusuf. They beat him and he died.",
    );
    assert!(named.contains(&FindingKind::Person), "{named:?}");
}

#[test]
fn one_of_a_list_swapped_is_another_person() {
    const LIST: &str = "1. I was born in Point Pedro in 1991.\n\n2. In April 2019 my friends Mathan Yogarajah and Sutharsan Ravi asked me to help them organise the remembrance.\n\n3. I hid in the house of my wife's cousin, Jeyanthan, in Kilinochchi.\n";
    let q = "Who helped you organise the remembrance?";
    let swapped = kinds_in(LIST, q, "My friend Mathan and my wife's cousin Jeyanthan.");
    assert!(swapped.contains(&FindingKind::Person), "{swapped:?}");
    let same = kinds_in(LIST, q, "Mathan and Sutharsan, my friends from school.");
    assert!(same.is_empty(), "{same:?}");
}

#[test]
fn relatives_are_who_they_are() {
    for (q, a) in [
        ("Who is Ravi?", "he's my uncle, my father's younger brother"),
        (
            "Who introduced you to the union?",
            "my cousin anil, in twenty fifteen",
        ),
    ] {
        let found = kinds_in(FAMILY, q, a);
        assert!(found.is_empty(), "{a}: {found:?}");
    }
    for (q, a) in [
        ("Who introduced you to the union?", "my elder brother did"),
        (
            "Who came to your house?",
            "vikram's brother came, with another officer",
        ),
    ] {
        let found = kinds_in(FAMILY, q, a);
        assert!(found.contains(&FindingKind::Person), "{a}: {found:?}");
    }
}

const JOURNEY: &str = "1. Our daughter Nadia was born in Tashkent in 2016. In 2018 I left Nadia with my husband and went to Osh.\n\n2. I was detained in Osh for nine days. They wanted me to sign a confession, but I refused to sign it.\n\n3. On 4 May 2019 a driver took me and three other women across the river near Kara Suu. On 9 June 2019 I flew with Nadia from Tashkent to Toronto, changing planes in Istanbul.\n";

#[test]
fn what_is_not_a_discrepancy_on_a_journey() {
    for (q, a) in [
        // The "no" answers signing; the detention is only when.
        (
            "Did you sign anything while you were detained?",
            "No. I refused.",
        ),
        // Four others and me are five.
        (
            "How did you cross?",
            "with a driver, over the river near karasuu, four of us, me and three others",
        ),
        // A stop told aside is not the order of the journey.
        (
            "How did you travel?",
            "i got the visa at the canadian consulate in tashkent, and then we flew, me and nadia, through istanbul to toronto",
        ),
    ] {
        let found = kinds_in(JOURNEY, q, a);
        assert!(found.is_empty(), "{a}: {found:?}");
    }
}

#[test]
fn a_grave_harm_left_out_is_an_omission() {
    const HELD: &str = "1. I was born in Bulawayo in 1990.\n\n2. On 4 May 2021 soldiers took me to Hillside barracks. I was held there for nine days in a room with six other men. They beat me with a belt and hung me upside down from a bar until I fainted. They wanted me to name the other organisers.\n\n3. On 20 June 2021 the soldiers came to our house at night. They slapped my wife and took my son Tendai, who was seventeen. We have not seen him since.\n";
    let q = "What happened to you at Hillside barracks?";
    // The beating told, the hanging left out.
    let found = kinds_in(
        HELD,
        q,
        "They kept me nine days with other men and beat me with a belt. They wanted the names of the organisers.",
    );
    assert!(found.contains(&FindingKind::Omission), "{found:?}");
    // Torture told in a word covers the beating.
    let found = kinds_in(
        HELD,
        q,
        "they held me nine days, they beat me and they hung me from a bar by my feet",
    );
    assert!(!found.contains(&FindingKind::Omission), "{found:?}");
    // The wife slapped, the son taken left out.
    let q = "What happened on 20 June 2021?";
    let found = kinds_in(
        HELD,
        q,
        "the soldiers came at night and slapped my wife in front of me",
    );
    assert!(found.contains(&FindingKind::Omission), "{found:?}");
    let found = kinds_in(
        HELD,
        q,
        "they came at night, they slapped my wife and they took tendai away",
    );
    assert!(!found.contains(&FindingKind::Omission), "{found:?}");
    // Asked what happened after something, what came before it is not asked.
    const AFTER: &str = "1. On 2 May 2020 two men shot at my shop. A week later they told my wife that I talk too much.\n\n2. On 20 May 2020 they beat me outside the shop.\n";
    let found = kinds_in(
        AFTER,
        "What happened after they spoke to your wife?",
        "they beat me outside the shop",
    );
    assert!(!found.contains(&FindingKind::Omission), "{found:?}");
}

#[test]
fn what_was_demanded_is_not_what_was_done() {
    const SIGNED: &str = "1. At the station they demanded that I sign a statement against the party. I refused to sign it.\n\n2. I did not apply for asylum in Kenya or Ethiopia.\n";
    let found = kinds_in(
        SIGNED,
        "Did you sign the statement?",
        "yes, in the end I signed it",
    );
    assert_eq!(found, vec![FindingKind::Contradiction]);
    let found = kinds_in(SIGNED, "Did you sign the statement?", "no, i refused");
    assert!(found.is_empty(), "{found:?}");
    let found = kinds_in(
        SIGNED,
        "Did you ask for asylum anywhere before coming here?",
        "yes, i applied for asylum in kenya",
    );
    assert_eq!(found, vec![FindingKind::Contradiction]);
}

#[test]
fn who_was_hurt_is_read_where_the_hurt_is_told() {
    const CROWD: &str = "1. On 3 April 2022 a crowd gathered outside our family house in Gweru, shouting insults. When my brother Farai went out to speak to them, they beat him with sticks and broke his arm. They broke all the windows and set our car on fire.\n\n2. My cousin Tatenda helped us to move to Harare.\n\n3. On 9 August 2022 the vice-president of our branch, Blessing Moyo, was shot dead on the road to Kwekwe.\n";
    let found = kinds_in(
        CROWD,
        "Who was hurt when the crowd came?",
        "My cousin Tatenda went out and they beat him and broke his arm.",
    );
    assert_eq!(found, vec![FindingKind::Person]);
    let found = kinds_in(
        CROWD,
        "Who was hurt when the crowd came?",
        "my brother farai, they broke his arm",
    );
    assert!(found.is_empty(), "{found:?}");
    let found = kinds_in(
        CROWD,
        "Who was killed on the road to Kwekwe?",
        "it was the treasurer of our branch, they shot him",
    );
    assert_eq!(found, vec![FindingKind::Person]);
    // The damage to the house is told in the statement.
    let found = kinds_in(
        CROWD,
        "What did the crowd do to the house?",
        "they smashed the windows and burned the car",
    );
    assert!(!found.contains(&FindingKind::Addition), "{found:?}");
}

#[test]
fn one_name_under_two_titles_is_one_person() {
    const PREACHER: &str = "1. In 2019 a preacher named Sheikh Yusuf Adan began to speak against our church in his sermons.\n\n2. On 5 May 2020 my neighbour Hassan Ali reported me to the police for holding prayers at home.\n";
    let found = kinds_in(
        PREACHER,
        "Who spoke against your church?",
        "it was sheikh yusuf, the imam of the mosque near us",
    );
    assert!(found.is_empty(), "{found:?}");
    let found = kinds_in(
        PREACHER,
        "Who reported you to the police?",
        "it was the sheikh, sheikh yusuf. he told them we pray at home",
    );
    assert_eq!(found, vec![FindingKind::Person]);
}

#[test]
fn what_a_statement_tells_in_passing_is_told() {
    // The header is no part of the story.
    const HEADED: &str = "WITNESS STATEMENT OF AMINA DIALLO\n\nHome Office reference: D1234567\nNationality: Guinean\nDate of birth: 2 February 1991\nDate of statement: 3 March 2024\n\n1. On 10 May 2022 I was beaten at a rally and spent five days in Donka hospital.\n\n2. In July 2022 my employer, Mr Camara, dismissed me from the bank.\n";
    let found = kinds_in(
        HEADED,
        "When were you dismissed?",
        "I don't remember the day. It was in the middle of 2022, some weeks after I came out of hospital.",
    );
    assert!(found.is_empty(), "{found:?}");
    // A detention's length told with the release.
    const HELD: &str = "1. On 8 June 2023 I was arrested at home. For the first two weeks I was kept alone in a cell. After two weeks I was moved to a cell with ten other men.\n\n2. I was released on 12 September 2023, after 96 days.\n";
    let found = kinds_in(
        HELD,
        "How long were you detained?",
        "A little over three months.",
    );
    assert!(found.is_empty(), "{found:?}");
    // A relative "was taken from" somewhere is taken; "burned it" is the house.
    const TAKEN: &str = "1. On 2 October 2023 my brother Idris was taken from the market by soldiers and held overnight.\n\n2. On 5 November 2023 the soldiers burned our house in Kassala.\n";
    let found = kinds_in(
        TAKEN,
        "When did you leave?",
        "in november, about a week after they took my brother",
    );
    assert!(!found.contains(&FindingKind::Addition), "{found:?}");
    let found = kinds_in(
        TAKEN,
        "What happened to your house in Kassala?",
        "the soldiers burned it in november",
    );
    assert!(found.is_empty(), "{found:?}");
}

#[test]
fn a_journey_told_over_several_sentences_keeps_its_order() {
    const ROUTE: &str = "1. I was born in Kabwe. This statement was read back to me in Bemba by an interpreter.\n\n2. After my release I walked for a day and reached my aunt's house in Kapiri. A week later my cousin drove me to Lusaka.\n\n3. In March 2021 I went to Nairobi. On 2 May 2021 I flew from Nairobi to Amsterdam.\n";
    let q = "What did you do after your release?";
    let found = kinds_in(
        ROUTE,
        q,
        "first i went to lusaka, and later i went to my aunt in kapiri",
    );
    assert_eq!(found, vec![FindingKind::Sequence]);
    let found = kinds_in(
        ROUTE,
        q,
        "i went to my aunt in kapiri, and then my cousin took me to lusaka",
    );
    assert!(found.is_empty(), "{found:?}");
    let q = "How did you travel to Europe?";
    let found = kinds_in(
        ROUTE,
        q,
        "I flew to Amsterdam, and only after Amsterdam did I go to Nairobi.",
    );
    assert_eq!(found, vec![FindingKind::Sequence]);
    let found = kinds_in(ROUTE, q, "first nairobi, then i flew to amsterdam");
    assert!(found.is_empty(), "{found:?}");
}

#[test]
fn a_harm_denied_at_the_place_asked_is_contradicted_there() {
    const JAIL: &str = "1. At the CID office in Kitwe the officers beat me with a cable.\n\n2. On 3 June 2021 I was sent to Mukobeko prison, where I stayed for 40 days. I was not beaten in the prison, but the food was very bad.\n";
    let q = "Were you mistreated in Mukobeko prison?";
    let found = kinds_in(JAIL, q, "yes, the guards beat me there every week");
    assert_eq!(found, vec![FindingKind::Contradiction]);
    let found = kinds_in(
        JAIL,
        q,
        "no, they did not beat me there; the beating was before, at the CID office",
    );
    assert!(found.is_empty(), "{found:?}");
    let found = kinds_in(JAIL, q, "the food was bad, but nobody beat me");
    assert!(found.is_empty(), "{found:?}");
}

#[test]
fn something_the_statement_says_was_never_there_is_contradicted() {
    const GIVEN: &str = "1. In March 2020 the Ombudsman's office gave me a phone and a panic button, but never a bodyguard or a car.\n\n2. I was held for three nights with no food except what my sister brought. I never had a lawyer.\n\n3. I was never charged with any offence.\n";
    let q = "What protection did the Ombudsman's office give you?";
    let found = kinds_in(
        GIVEN,
        q,
        "they gave me a phone and a panic button, and later a bodyguard too",
    );
    assert_eq!(found, vec![FindingKind::Contradiction]);
    let found = kinds_in(GIVEN, q, "a phone and a panic button, but no bodyguard");
    assert!(found.is_empty(), "{found:?}");
    // "no food except" allows some; an answer that denies it too says both.
    let found = kinds_in(
        GIVEN,
        "What did you eat there?",
        "they gave us no food, so my sister brought me food",
    );
    assert!(found.is_empty(), "{found:?}");
    let found = kinds_in(
        GIVEN,
        "Did you have a lawyer?",
        "yes, a lawyer from the church came to see me",
    );
    assert!(found.contains(&FindingKind::Contradiction), "{found:?}");
    // "never charged" is no thing denied.
    let found = kinds_in(
        GIVEN,
        "Were you charged?",
        "no, nobody charged me with anything",
    );
    assert!(found.is_empty(), "{found:?}");
}

#[test]
fn a_time_counted_from_a_named_event_is_checked() {
    const AFTER: &str = "1. I was released on 2 March 2022, after 40 days in Mikeni prison.\n\n2. On 25 March 2022 soldiers took my cousin Eric from the market.\n\n3. In May 2022 the chief came to the school where I taught and warned me in front of the pupils.\n";
    let found = kinds_in(
        AFTER,
        "When was Eric taken?",
        "It was the day after I was released. They took him at the market.",
    );
    assert!(found.contains(&FindingKind::Date), "{found:?}");
    let found = kinds_in(
        AFTER,
        "When was Eric taken?",
        "about three weeks after I was released, at the market",
    );
    assert!(!found.contains(&FindingKind::Date), "{found:?}");
    // "to my house" is a place.
    let found = kinds_in(
        AFTER,
        "Where did the chief warn you?",
        "He came to my house one evening and warned me.",
    );
    assert_eq!(found, vec![FindingKind::Place]);
}

#[test]
fn yes_no_questions_read_in_context() {
    const STORY: &str = "1. I have never been a member of any party. An officer, Captain Said, questioned me and beat me with a stick.\n\n2. On 4 May 2021 soldiers took my brother Omar from the market. They did not beat him, but they warned him.\n\n3. When they raided my shop I did not complain to anyone.\n\n4. In June 2021 I refused to sign a letter promising to stop teaching.\n\n5. In August 2021 I was arrested again. I was held for five days in the barracks. On the fourth day they gave me a typed confession. They said my children would suffer if I refused. I signed it.\n";
    // Asked in the passive, "he beat me" is not the brother beaten.
    let found = kinds_in(
        STORY,
        "Was your brother beaten when they took him?",
        "yes, they beat him badly",
    );
    assert_eq!(found, vec![FindingKind::Contradiction]);
    let found = kinds_in(
        STORY,
        "Was your brother beaten when they took him?",
        "no, they only warned him",
    );
    assert!(found.is_empty(), "{found:?}");
    // Complaining is reporting.
    let found = kinds_in(
        STORY,
        "Did you report the raid on your shop?",
        "yes, I made a complaint at the police station",
    );
    assert_eq!(found, vec![FindingKind::Contradiction]);
    // "been a member" asks about membership.
    let found = kinds_in(
        STORY,
        "Have you ever been a member of a party?",
        "yes, i was a member from twenty twelve",
    );
    assert!(found.contains(&FindingKind::Contradiction), "{found:?}");
    // Asked about the detention, the signing told there answers it.
    let found = kinds_in(
        STORY,
        "Did you sign anything while you were detained?",
        "no, i refused, i never signed anything for them",
    );
    assert_eq!(found, vec![FindingKind::Contradiction]);
    let found = kinds_in(
        STORY,
        "Did you sign anything while you were detained?",
        "yes and no. i refused the letter, but in the barracks i signed the confession",
    );
    assert!(found.is_empty(), "{found:?}");
}

#[test]
fn a_place_named_with_its_town_is_the_same_place() {
    const HELD: &str = "1. On 3 May 2019 I was taken to the Anti-Terror Branch. I was held at the Anti-Terror Branch for twelve days.\n";
    let found = kinds_in(
        HELD,
        "How long were you held?",
        "Twelve days. They kept me at the Anti-Terror Branch in Mardin.",
    );
    assert!(found.is_empty(), "{found:?}");
}

/// A story for times told relative to other events.
const RELEASED: &str = "1. On 2 March 2018 police officers arrested me at my shop and took me to Kibera police station.\n\n2. I was held at the station for nine days. I was released on 11 March 2018 after my aunt paid.\n\n3. On 25 March 2018 my cousin Otieno drove me to Mombasa.\n\n4. On 4 June 2019 the Daily Torch printed my article about the mayor. On 18 June 2019 a man phoned me and threatened my family.\n\n5. In July 2019 my employer dismissed me.\n";

#[test]
fn a_time_counted_from_an_event_told_in_other_words() {
    // "came out of the police station" is the release, though its words
    // match where the speaker was held.
    let found = kinds_in(
        RELEASED,
        "When did your cousin drive you to Mombasa?",
        "um, the day after i came out of the police station, my cousin drove me there",
    );
    assert!(found.contains(&FindingKind::Date), "{found:?}");
    let found = kinds_in(
        RELEASED,
        "When did your cousin drive you to Mombasa?",
        "about two weeks after i came out of the police station, my cousin drove me there",
    );
    assert!(!found.contains(&FindingKind::Date), "{found:?}");
    // "the same day the article came out" counts from the article.
    let found = kinds_in(
        RELEASED,
        "When did the man phone you?",
        "the same day the article came out, he called and said he knew my children",
    );
    assert!(found.contains(&FindingKind::Date), "{found:?}");
    // Found different, the time is not also left out.
    let report = Checker::new(Statement::parse(RELEASED).expect("statement")).check(
        "When did the man phone you?",
        "the same day the article came out he called",
    );
    assert!(
        !report
            .findings
            .iter()
            .any(|f| f.kind == FindingKind::Omission),
        "{:?}",
        report.findings
    );
}

#[test]
fn a_date_of_another_event_does_not_excuse_the_one_asked() {
    let found = kinds_in(
        RELEASED,
        "When were you released?",
        "I was released in July 2019, after my aunt paid.",
    );
    assert!(found.contains(&FindingKind::Date), "{found:?}");
    let found = kinds_in(
        RELEASED,
        "When were you released?",
        "I was released in March 2018, after my aunt paid.",
    );
    assert!(!found.contains(&FindingKind::Date), "{found:?}");
}

#[test]
fn that_was_before_means_what_was_asked() {
    const HIDING: &str = "1. I was born in Eldoret in 1990. I worked as a mechanic in my uncle's garage.\n\n2. In 2019 I joined the youth wing of the opposition party and organised meetings in our ward.\n\n3. On 12 April 2020 my sister Akinyi went to a rally in town and did not come back. We searched the hospitals for her.\n\n4. In May 2020, after my sister disappeared, I moved to Kisumu to hide with a friend.\n\n5. In June 2020, while I was in Kisumu, soldiers searched our house in Eldoret and took my father's papers.\n\n6. On 3 August 2020 I left Kenya by bus for Uganda.\n";
    let found = kinds_in(
        HIDING,
        "When did the soldiers search your house?",
        "That was before I went to Kisumu. They took my father's papers.",
    );
    assert!(found.contains(&FindingKind::Sequence), "{found:?}");
    let found = kinds_in(
        HIDING,
        "When did the soldiers search your house?",
        "That was after I went to Kisumu. They took my father's papers.",
    );
    assert!(!found.contains(&FindingKind::Sequence), "{found:?}");
}

#[test]
fn a_stop_told_with_through_comes_before_the_destination() {
    const FLIGHT: &str = "1. On 2 May 2021 I flew from Lagos, through Dubai, to Madrid, Spain. I stayed in Madrid for a week.\n";
    let found = kinds_in(
        FLIGHT,
        "How did you get to Spain?",
        "I flew from Lagos to Spain through Dubai, then I stayed in Madrid for a week.",
    );
    assert!(!found.contains(&FindingKind::Sequence), "{found:?}");
}

#[test]
fn a_denial_later_in_the_paragraph_answers_the_question() {
    const MEETING: &str = "1. I was a teacher in Goma and the secretary of a small opposition group.\n\n2. On 3 March 2017 the chief's men broke up our meeting in Kivu village. One of them pushed me to the ground. Another took my bag. I never reported this, because the chief controls the police.\n\n3. On 9 October 2017 soldiers arrested me at the school and held me for six days at the camp in Rumangabo.\n\n4. After my release I had to report to the police station every week. I reported there twice.\n\n5. On 2 December 2017 I crossed into Rwanda at Gisenyi.\n";
    let found = kinds_in(
        MEETING,
        "Did you report what happened at the meeting in Kivu village?",
        "no. no i didn't report it, the chief is the police there.",
    );
    assert!(!found.contains(&FindingKind::Contradiction), "{found:?}");
    let found = kinds_in(
        MEETING,
        "Did you report what happened at the meeting in Kivu village?",
        "yes, i reported it to the police the next day.",
    );
    assert!(found.contains(&FindingKind::Contradiction), "{found:?}");
}

#[test]
fn a_detention_where_the_statement_tells_only_a_stay_is_new() {
    const STAY: &str = "1. On 9 April 2021 I crossed into Kenya on foot.\n\n2. I stayed in Nairobi for two months with my aunt. I did not claim asylum in Kenya.\n";
    let found = kinds_in(
        STAY,
        "What happened after you crossed into Kenya?",
        "in nairobi the police arrested me and held me for three days, then i stayed with my aunt",
    );
    assert!(found.contains(&FindingKind::Addition), "{found:?}");
    let found = kinds_in(
        STAY,
        "What happened after you crossed into Kenya?",
        "i stayed in nairobi with my aunt for two months",
    );
    assert!(found.is_empty(), "{found:?}");
}

#[test]
fn a_time_counted_to_a_month_allows_the_whole_month() {
    const SUMMONED: &str = "1. I worked as a reporter for the Evening Lamp in Tbilisi from 2016.\n\n2. On 5 September 2022 the Evening Lamp published my story about the new dam. It was read by thousands.\n\n3. In October 2022 I was summoned to the district police. An officer questioned me for six hours.\n\n4. On 3 March 2023 two men attacked me near my flat.\n";
    let found = kinds_in(
        SUMMONED,
        "When were you summoned to the police?",
        "um, it was the day after the story came out, they called me at once",
    );
    assert!(found.contains(&FindingKind::Date), "{found:?}");
    let found = kinds_in(
        SUMMONED,
        "When were you summoned to the police?",
        "about a month after the story came out, they called me",
    );
    assert!(!found.contains(&FindingKind::Date), "{found:?}");
}

#[test]
fn after_that_counts_from_what_was_told_before() {
    const THREATS: &str = "1. I ran a shop in Pereira from 2015.\n\n2. On 20 November 2021 someone left a dead cat at our door with a note bearing my name. Two weeks later, on the night of 4 December 2021, shots were fired at the front of our house.\n\n3. On 15 December 2021 I left for Bogotá.\n";
    // The cat two weeks after the shots: the order is wrong, but the
    // days between them are the statement's.
    let found = kinds_in(
        THREATS,
        "Tell me about the threats you received.",
        "first they fired shots at the front of the house at night. and then like two weeks after that somebody left a dead cat at our door with my name",
    );
    assert!(!found.contains(&FindingKind::Date), "{found:?}");
}

#[test]
fn a_relative_taken_and_kept_is_one_new_detention() {
    const WIFE: &str = "1. On 29 April 2023 three men arrested me in a café and took me to the Nasir police department. They kept me there overnight.\n\n2. I was released on 30 April 2023 without charge.\n\n3. On 26 November 2023 I flew to Istanbul.\n\n4. In January 2024 police came to our flat and questioned my wife for two hours about my work.\n";
    let report = Checker::new(Statement::parse(WIFE).expect("statement")).check(
        "What happened when the police came to your flat in January 2024?",
        "They questioned my wife for two hours about my work, and then they took her to the police station and kept her there for two days.",
    );
    let kinds: Vec<FindingKind> = report.findings.iter().map(|f| f.kind).collect();
    assert_eq!(
        kinds
            .iter()
            .filter(|k| **k == FindingKind::Addition)
            .count(),
        1,
        "{kinds:?}"
    );
    assert!(!kinds.contains(&FindingKind::Sequence), "{kinds:?}");
}

#[test]
fn who_names_someone_the_statement_brings_in_elsewhere() {
    const MEETING: &str = "1. I was the treasurer of our party group in Butare.\n\n2. On 8 July 2019 we met at the house of a member, Emmanuel Habimana. The local chief, Jean Kayitare, arrived with three militiamen and said the meeting was illegal. When I asked why, he slapped me twice and one of the militiamen took my phone.\n\n3. On 23 November 2020 Inspector Claude Nsengiyumva of the police arrested me at home with two officers.\n\n4. At the station the inspector beat me with a stick.\n";
    let found = kinds_in(
        MEETING,
        "Who slapped you at the meeting at Emmanuel Habimana's house?",
        "It was Inspector Nsengiyumva. He came with some militiamen, said the meeting was illegal, and he slapped me.",
    );
    assert!(found.contains(&FindingKind::Person), "{found:?}");
    let found = kinds_in(
        MEETING,
        "Who slapped you at the meeting at Emmanuel Habimana's house?",
        "it was the chief, kayitare. he slapped me two times.",
    );
    assert!(!found.contains(&FindingKind::Person), "{found:?}");
    // Told by title where it happened, the name fits.
    let found = kinds_in(
        MEETING,
        "Who beat you at the station?",
        "Inspector Nsengiyumva beat me with a stick.",
    );
    assert!(!found.contains(&FindingKind::Person), "{found:?}");
}

#[test]
fn kin_told_two_ways_and_counts_of_others() {
    const FAMILY: &str = "1. I was born in Abéché in 1995 and studied law at the university in N'Djamena.\n\n2. On 10 May 2021 I joined a march for fair elections. About 300 people took part. I was arrested with eleven other marchers and held for two nights.\n\n3. In January 2022 my cousin Idriss Mahamat, who is my mother's sister's son, was taken from the campus by men in civilian clothes. He has not been seen since.\n";
    let found = kinds_in(
        FAMILY,
        "What happened to your cousin?",
        "idris, my aunt's son, he was taken from the campus in january twenty twenty two and nobody has seen him since",
    );
    assert!(found.is_empty(), "{found:?}");
    let found = kinds_in(
        FAMILY,
        "What happened at the march?",
        "the police arrested me and eleven other people and kept us two nights",
    );
    assert!(found.is_empty(), "{found:?}");
}

#[test]
fn an_order_told_with_after_stays_in_its_clause() {
    const GONE: &str = "1. My husband Tomas was a police officer in Uruapan.\n\n2. On 18 April 2022 Tomas did not come home after his night shift. His patrol car was found the next morning on the road to Jacona with the doors open.\n\n3. On 21 April 2022 I reported his disappearance to the prosecutor.\n";
    let found = kinds_in(
        GONE,
        "When did your husband disappear?",
        "the eighteenth of april twenty twenty two. he didn't come home after his night shift, and the next morning they found his patrol car on the road to jacona.",
    );
    assert!(found.is_empty(), "{found:?}");
}

#[test]
fn an_act_told_after_and_keeps_its_subject() {
    const REPORTED: &str = "1. On 3 March 2022 two armed men stopped my car and hit me with a pistol. I did not report this attack, because the police work with the cartel.\n\n2. On 18 April 2022 my husband did not come home.\n\n3. On 21 April 2022 I went to the prosecutor's office in Zamora with my brother-in-law, who is a teacher, and filed a report of my husband's disappearance. Nobody has contacted me since.\n";
    let found = kinds_in(
        REPORTED,
        "Did you report your husband's disappearance?",
        "Yes. Three days later I went to the prosecutor in Zamora with his brother and made a report.",
    );
    assert!(!found.contains(&FindingKind::Contradiction), "{found:?}");
}

#[test]
fn asylum_claimed_in_one_place_is_not_claimed_in_another() {
    const FLIGHT: &str = "1. I make this statement in support of my claim for asylum.\n\n2. I did not claim asylum in South Africa, because foreigners were attacked there.\n\n3. On 4 December 2023 I flew from Johannesburg to Nairobi and the next day to Amsterdam. I did not leave the airport in Kenya or in the Netherlands.\n\n4. I arrived at London Heathrow on 6 December 2023 and claimed asylum at the airport the same day.\n";
    let found = kinds_in(
        FLIGHT,
        "Did you claim asylum in the Netherlands?",
        "no. i was only in the airport in amsterdam. i claimed asylum when i landed at heathrow.",
    );
    assert!(!found.contains(&FindingKind::Contradiction), "{found:?}");
    let found = kinds_in(
        FLIGHT,
        "Did you claim asylum in South Africa?",
        "yes, i applied in johannesburg but they never answered",
    );
    assert!(found.contains(&FindingKind::Contradiction), "{found:?}");
    // Fingerprints too.
    const PRINTS: &str = "5. On Lesbos the Greek coastguard took my fingerprints and a photograph. I did not ask for protection in Greece.\n\n6. I went by bus to Vienna and then to Munich. I was not fingerprinted in Austria.\n";
    let found = kinds_in(
        PRINTS,
        "Were you fingerprinted in Greece?",
        "Yes, on Lesbos the Greek coastguard took my fingerprints.",
    );
    assert!(!found.contains(&FindingKind::Contradiction), "{found:?}");
}

#[test]
fn a_reply_to_a_demand_is_weighed_against_the_statement() {
    const DEMAND: &str = "1. I was born in Kara in 1988. This declaration was read to me in Ewe before I signed it.\n\n2. In March 2018 a security officer questioned me for three hours. He asked me to inform on the members of our prayer group. I refused. He said I would regret it.\n\n3. I was held at the gendarmerie for six days. I was never brought before a judge or a prosecutor, and I did not sign any statement.\n\n4. My sister was dismissed from her job in February 2019. I left Togo on 3 May 2019.\n";
    let q = "What did you say when the officer asked you to inform on your prayer group?";
    let found = kinds_in(DEMAND, q, "i said yes, just so he would let me go");
    assert!(found.contains(&FindingKind::Contradiction), "{found:?}");
    let found = kinds_in(
        DEMAND,
        q,
        "I said no. I refused, and he told me I would regret it.",
    );
    assert!(found.is_empty(), "{found:?}");
    // A prosecutor met, a paper signed: against the denials, not the
    // declaration's own signature.
    let found = kinds_in(
        DEMAND,
        "Were you ever brought before a judge or a prosecutor?",
        "They took me once to a prosecutor, for maybe ten minutes.",
    );
    assert!(found.contains(&FindingKind::Contradiction), "{found:?}");
    let found = kinds_in(
        DEMAND,
        "Did you sign anything at the gendarmerie?",
        "yes, i signed their report",
    );
    assert!(found.contains(&FindingKind::Contradiction), "{found:?}");
    // "the end of 2019" is months after February.
    let found = kinds_in(
        DEMAND,
        "When was your sister dismissed?",
        "towards the end of 2019, I think",
    );
    assert!(found.contains(&FindingKind::Date), "{found:?}");
}

#[test]
fn an_order_is_read_in_other_words_for_the_same_act() {
    const FAMILY: &str = "1. I married my wife Aruzhan in 2014. She taught music at a school in Taraz.\n\n2. On 14 January 2019 police officers searched our flat and took my wife to the police station for five hours.\n\n3. In February 2019 she was dismissed from her school.\n";
    let q = "What happened to your family after that?";
    let found = kinds_in(
        FAMILY,
        q,
        "first my wife lost her job at the school, and after that the police came and searched our flat",
    );
    assert!(found.contains(&FindingKind::Sequence), "{found:?}");
    let found = kinds_in(
        FAMILY,
        q,
        "first the police searched our flat, and after that my wife lost her job at the school",
    );
    assert!(!found.contains(&FindingKind::Sequence), "{found:?}");
}

#[test]
fn who_is_read_at_the_time_asked() {
    const CHURCH: &str = "1. In 2010 a neighbour, Timur Saparov, gave me a Bible in Kazakh. In May 2012 I was baptised in the river by Pastor Ivan Belov.\n\n2. On 4 April 2015 police officers raided our meeting. A captain named Ospanov hit me twice.\n\n3. In March 2017 I was summoned to the security service. An officer who said his name was Marat questioned me for four hours.\n";
    let found = kinds_in(
        CHURCH,
        "Who questioned you at the security service in 2017?",
        "Captain Ospanov, the same officer who hit me in 2015.",
    );
    assert!(found.contains(&FindingKind::Person), "{found:?}");
    let found = kinds_in(
        CHURCH,
        "Who gave you the Bible?",
        "pastor ivan, uh, he gave it to me in twenty ten",
    );
    assert!(found.contains(&FindingKind::Person), "{found:?}");
    let found = kinds_in(
        CHURCH,
        "Who gave you the Bible?",
        "my neighbour timur gave it to me in twenty ten",
    );
    assert!(found.is_empty(), "{found:?}");
}

#[test]
fn one_who_came_with_his_nephews_is_no_nephew() {
    const SALON: &str = "1. My aunt told me I would be married to a trader, Mr Sorie Kamara, from Kenema.\n\n2. On 15 June 2019 Sorie Kamara came to my salon with two of his nephews. When I refused to go with them, one nephew punched me in the face.\n";
    let q = "Who punched you at the salon?";
    let found = kinds_in(
        SALON,
        q,
        "it was sorie kamara himself, he hit me in the face",
    );
    assert!(found.contains(&FindingKind::Person), "{found:?}");
    let found = kinds_in(
        SALON,
        q,
        "it was one of the nephews, he punched me in the face",
    );
    assert!(found.is_empty(), "{found:?}");
}

#[test]
fn a_bone_broken_is_read_alike_on_both_sides() {
    const BEATEN: &str = "1. At the polling centre the league men pushed me out when I protested.\n\n2. In the jail two guards beat me with rods. He broke two of my front teeth.\n";
    const PUSHED: &str = "1. At the polling centre the league men pushed me out when I protested.\n\n2. In the jail two guards beat me with rods.\n";
    let found = kinds_in(
        PUSHED,
        "What happened at the polling centre?",
        "when i objected they pushed me out, and outside they beat me and broke my nose",
    );
    assert!(found.contains(&FindingKind::Addition), "{found:?}");
    let found = kinds_in(
        BEATEN,
        "What happened in the jail?",
        "two guards beat me with rods and broke two of my teeth, the front ones",
    );
    assert!(found.is_empty(), "{found:?}");
}

#[test]
fn a_harm_told_of_no_such_scene_is_new_there() {
    const SCENES: &str = "1. In June 2019 men in plain clothes stopped me at a checkpoint outside Hue. They pulled me off my motorbike and punched me. After about an hour they let me go home.\n\n2. In 2020 I moved to Da Nang and worked in a print shop.\n\n3. On 3 October 2021 the police arrested me at my house. I was held for nine days at the district police station and beaten with a rubber baton.\n";
    let q = "What happened at the checkpoint in June 2019?";
    let found = kinds_in(
        SCENES,
        q,
        "they pulled me off my motorbike and punched me. then they took me to the commune office and kept me there all night.",
    );
    assert!(found.contains(&FindingKind::Addition), "{found:?}");
    let found = kinds_in(
        SCENES,
        q,
        "they pulled me off my motorbike and punched me, and after an hour they let me go home",
    );
    assert!(found.is_empty(), "{found:?}");
}

#[test]
fn a_beating_where_the_journey_only_passes_is_new() {
    const ROUTE: &str = "1. On 2 May 2021 soldiers came to our farm near Kara. They beat me with rifle butts and took me to the camp at Sokode.\n\n2. At Sokode I was kept in a room with nine other men. The guards whipped us with cables every morning.\n\n3. On 9 August 2021 I crossed by road into Benin at Hilla-Condji. I stayed for ten days with a cousin in Cotonou. Then I travelled by bus through Nigeria to Lagos and flew to Paris.\n";
    for (q, a) in [
        (
            "How did you get to Cotonou?",
            "I went by road and crossed at Hilla-Condji. At the border the soldiers took me behind the post and beat me. Then I stayed with my cousin.",
        ),
        (
            "What happened when you travelled through Nigeria?",
            "the nigerian police caught us near the border and, uh, beat us with sticks before they let the bus go",
        ),
    ] {
        let found = kinds_in(ROUTE, q, a);
        assert!(found.contains(&FindingKind::Addition), "{a}: {found:?}");
    }
    // Told under the place the statement named a paragraph before.
    let found = kinds_in(
        ROUTE,
        "What did the guards do to you at Sokode?",
        "they whipped us with cables, every morning",
    );
    assert!(!found.contains(&FindingKind::Addition), "{found:?}");
}

#[test]
fn a_detention_in_the_place_asked_about_is_new() {
    const TRANSIT: &str = "1. On 19 March 2020 two policemen arrested me at my workshop in Osh. I was taken to the district police office and held there for nine days.\n\n2. In June 2020 my workshop was set on fire.\n\n3. On 15 October 2021 I flew to Istanbul. In Istanbul I worked for about two months in a bakery in Fatih. On 18 December 2021 I flew from Istanbul to London.\n";
    let found = kinds_in(
        TRANSIT,
        "What happened in Istanbul?",
        "i worked in a bakery in fatih for two months, and one time the turkish police stopped me and kept me two nights because my papers were not good.",
    );
    assert!(found.contains(&FindingKind::Addition), "{found:?}");
    let found = kinds_in(
        TRANSIT,
        "What happened in Istanbul?",
        "i worked in a bakery in fatih for about two months, then i flew to london.",
    );
    assert!(found.is_empty(), "{found:?}");
    // One arrest told in two sentences is told once: "again" adds one.
    let found = kinds_in(
        TRANSIT,
        "What happened after the fire?",
        "a few days after the fire the police came to my house, they arrested me again and kept me one night.",
    );
    assert!(found.contains(&FindingKind::Addition), "{found:?}");
}

#[test]
fn steps_under_one_carried_date_keep_the_statement_order() {
    const ROUTE: &str = "1. I was a driver in Abéché.\n\n2. In March 2021 I crossed the desert with smugglers. In Kufra they locked about thirty of us in a yard for five weeks until my brother sent more money. I then worked on farms near Benghazi for about four months.\n\n3. On 2 September 2021 I left Libya by boat.\n";
    let found = kinds_in(
        ROUTE,
        "What happened in Libya?",
        "At first I worked on farms near Benghazi for a few months. After that the smugglers took us to Kufra and locked us in a yard for five weeks.",
    );
    assert!(found.contains(&FindingKind::Sequence), "{found:?}");
    let found = kinds_in(
        ROUTE,
        "What happened in Libya?",
        "At first they locked us in a yard in Kufra for five weeks. After that I worked on farms near Benghazi.",
    );
    assert!(!found.contains(&FindingKind::Sequence), "{found:?}");
    // "before we eat" orders two things within its clause, not the rest.
    let found = kinds_in(
        ROUTE,
        "What happened in Kufra?",
        "they locked us in a yard, we prayed before we eat, and my brother sent money after five weeks",
    );
    assert!(!found.contains(&FindingKind::Sequence), "{found:?}");
}

#[test]
fn forgetting_a_date_stays_and_named_hiding_places() {
    const HELD: &str = "1. I farm near Rabinal.\n\n2. On 4 May 2021 soldiers arrested me at the market in Rabinal. We were taken to the army post in Rabinal and, two days later, to the prison in Salamá. I was held for six days in all. On 10 May 2021 I was released after my aunt paid a fine.\n\n3. After my release I hid with my aunt in the village of Chixoy for about a month. On 20 July 2021 I flew from Guatemala City to Madrid, where I stayed for three days in a hostel, and then flew to London Gatwick. I travelled on my own passport with a three-year visit visa that my employer had arranged.\n";
    // Not remembering when they let him go is no denial of the release;
    // first one place of detention, then the next, is the statement's order.
    let found = kinds_in(
        HELD,
        "How long were you held?",
        "six days, first two nights in rabinal and then in salama. i can't remember the exact date they let me go.",
    );
    assert!(found.is_empty(), "{found:?}");
    // The visa's "three-year" is no stay in the United Kingdom.
    let found = kinds_in(
        HELD,
        "How did you get to the United Kingdom?",
        "i flew to madrid, i stayed there like three days in a hostel, and then i flew to gatwick, on my own passport.",
    );
    assert!(found.is_empty(), "{found:?}");
    // "kept me two weeks before they let me go" is how long, not when.
    let found = kinds_in(
        HELD,
        "How long were you held?",
        "They kept me about two weeks before they let me go.",
    );
    assert!(found.contains(&FindingKind::Number), "{found:?}");
    // A town in lower case that no list knows is still another place.
    let found = kinds_in(
        HELD,
        "Where did you hide after your release?",
        "i went to cuilapa and hid with my aunt there for about a month.",
    );
    assert!(found.contains(&FindingKind::Place), "{found:?}");
    let found = kinds_in(
        HELD,
        "Where did you hide after your release?",
        "i went to chixoy and hid with my aunt there for about a month.",
    );
    assert!(!found.contains(&FindingKind::Place), "{found:?}");
}

#[test]
fn who_struck_a_weapon_and_a_new_confinement() {
    const FAMILY: &str = "1. I am a nurse from Tripoli.\n\n2. On 5 April 2018, at my uncle's house, my cousin Walid slapped me twice and told me that I was no longer part of the family. My uncle watched and said nothing.\n\n3. On 9 June 2020 the police came to our prayer meeting and took twelve of us to the police station. They photographed us and took our books, and the next day they fined me.\n\n4. I went to Byblos and hid for about a month in the flat of my friend Nour. I did not go out.\n\n5. On 2 August 2020 I flew to Paris.\n";
    // The owner of the house asked about is no one the question names as
    // the attacker; "the family" is no one.
    let found = kinds_in(
        FAMILY,
        "Who slapped you at your uncle's house in April 2018?",
        "My uncle slapped me and said I was no longer his nephew. My cousin just stood there.",
    );
    assert!(found.contains(&FindingKind::Person), "{found:?}");
    // A reason told in the next sentence names no second payer.
    let found = kinds_in(
        FAMILY,
        "Who slapped you at your uncle's house in April 2018?",
        "My friend Nour slapped me. My uncle had already left the room.",
    );
    assert!(found.contains(&FindingKind::Person), "{found:?}");
    // A beating told of another year just before is not the asked scene.
    let found = kinds_in(
        FAMILY,
        "What happened after the police came to the prayer meeting in June 2020?",
        "They took twelve of us to the station and photographed us. One of the officers punched me because I would not give my address. Then they fined me.",
    );
    assert!(found.contains(&FindingKind::Addition), "{found:?}");
    // Locked up and forced into a car: a new confinement.
    let found = kinds_in(
        FAMILY,
        "What happened in Byblos?",
        "I hid at Nour's flat for about a month. One night two men forced me into a car and took me back to my uncle's house, where they locked me up for three days.",
    );
    assert!(found.contains(&FindingKind::Addition), "{found:?}");
    let found = kinds_in(
        FAMILY,
        "What happened in Byblos?",
        "I hid at Nour's flat for about a month and I locked the door every night.",
    );
    assert!(found.is_empty(), "{found:?}");
}

#[test]
fn a_weapon_where_the_statement_tells_only_slaps() {
    const STATION: &str = "1. I am a pharmacist from Sidon.\n\n2. On 3 March 2021 I was arrested at a party and taken to a police station. I was held for three days. A captain slapped me twice and made me unlock my phone.\n\n3. On 6 March 2021 I was released.\n";
    let found = kinds_in(
        STATION,
        "What happened at the police station?",
        "the captain slapped me twice and made me open my phone, and one of the guards beat me with a stick on my legs.",
    );
    assert!(found.contains(&FindingKind::Addition), "{found:?}");
    let found = kinds_in(
        STATION,
        "What happened at the police station?",
        "the captain slapped me twice, with his open hand, and made me open my phone.",
    );
    assert!(!found.contains(&FindingKind::Addition), "{found:?}");
}

#[test]
fn a_country_then_its_town_and_a_captain_paid() {
    const ROUTE: &str = "1. My only sister, Ana, moved to Brazil in 2017.\n\n2. On 3 May 2023 I was arrested and taken to the police post in Puerto Ayacucho. I was released on 9 May 2023 after my mother paid 500 dollars to Captain Ruíz.\n\n3. On 20 May 2023 I went by bus to Santa Elena de Uairén. The next morning a guide took me across the border into Brazil. In Pacaraima I registered at the Brazilian migration office, then took a bus to Boa Vista.\n";
    let found = kinds_in(
        ROUTE,
        "How did you leave Venezuela?",
        "i took a bus to santa elena, and the next morning a guide took me into brazil. then pacaraima, and the bus to boa vista.",
    );
    assert!(!found.contains(&FindingKind::Sequence), "{found:?}");
    let found = kinds_in(
        ROUTE,
        "How did you leave Venezuela?",
        "first i went to boa vista, and then i went to santa elena and crossed the border.",
    );
    assert!(found.contains(&FindingKind::Sequence), "{found:?}");
}

#[test]
fn honest_noes_and_a_corrected_day() {
    const DENIALS: &str = "1. I am a welder from Huambo.\n\n2. On 14 September 2019 the police beat me at a protest and broke my arm. I did not report the beating to anyone, because it was the police who did it.\n\n3. In 2016 the office refused to renew my card unless I signed a paper saying that my family came from Congo. I refused to sign it.\n\n4. On 20 March 2020 I was arrested and held at the police station for three days. Captain Dias put a confession in front of me and I refused to sign it. We were released on 23 March 2020 after my aunt, Mrs Rosa Neto, paid 300 dollars. I was told to report to the police every Monday, and I reported there four times.\n\n5. I did not ask for asylum in Namibia, because other migrants told me the police there take money from migrants.\n";
    let found = kinds_in(
        DENIALS,
        "Did you report the beating at the protest in September 2019?",
        "no, i didn't report it to nobody. it was the police who beat us.",
    );
    assert!(found.is_empty(), "{found:?}");
    let found = kinds_in(
        DENIALS,
        "Did you sign the paper saying your family came from Congo?",
        "no, never. they asked me at the office and i refused because it's not true.",
    );
    assert!(found.is_empty(), "{found:?}");
    let found = kinds_in(
        DENIALS,
        "Did you sign the confession?",
        "No. Captain Dias put it in front of me, and they asked again at the police station, and each time I refused.",
    );
    assert!(found.is_empty(), "{found:?}");
    let found = kinds_in(
        DENIALS,
        "When were you released?",
        "They let us go on the twenty-second... no, the twenty-third, after my aunt paid.",
    );
    assert!(found.is_empty(), "{found:?}");
    let found = kinds_in(
        DENIALS,
        "Who paid for your release?",
        "my aunt, senora rosa, she paid three hundred dollars.",
    );
    assert!(found.is_empty(), "{found:?}");
    let found = kinds_in(
        DENIALS,
        "Did you ask for asylum in Namibia?",
        "No. Other migrants told me the police there take money from migrants at the bus stations.",
    );
    assert!(found.is_empty(), "{found:?}");
}

#[test]
fn a_sum_for_another_payment_a_push_and_a_held_brother() {
    const PAID: &str = "1. I am a farmer from Savannakhet.\n\n2. On 4 March 2020 four men came very early and searched the house. They handcuffed me in front of my mother and put me in a car. I was held for nine days. I was released on 13 March 2020 after my wife paid 6,000,000 kip to the police.\n\n3. On 3 May 2020 my brother Phet was stopped at a checkpoint and held for two nights at the district police station.\n\n4. In June 2020 my cousin paid a boatman 2,000,000 kip to take me across the Mekong to Thailand.\n";
    let found = kinds_in(
        PAID,
        "How much did your wife pay the police?",
        "she paid them, uh, two million kip, and after that they let me go.",
    );
    assert!(found.contains(&FindingKind::Number), "{found:?}");
    let found = kinds_in(
        PAID,
        "How much did your wife pay the police?",
        "she paid them, uh, six million kip, and after that they let me go.",
    );
    assert!(found.is_empty(), "{found:?}");
    let found = kinds_in(
        PAID,
        "What happened when they arrested you on 4 March 2020?",
        "Four men came early and searched the house and put handcuffs on me. When my mother tried to hold on to me, one of them pushed her to the floor.",
    );
    assert!(found.contains(&FindingKind::Addition), "{found:?}");
    let checker = Checker::new(Statement::parse(PAID).expect("statement"));
    let report = checker.check(
        "What happened to your brother Phet?",
        "they stopped him at a checkpoint in may and asked him questions about me.",
    );
    assert!(
        report
            .findings
            .iter()
            .any(|f| f.kind == FindingKind::Omission && f.statement_excerpt.contains("held")),
        "{:?}",
        report.findings
    );
}

#[test]
fn what_happened_while_hiding_and_after_a_death() {
    const HIDING: &str = "1. I am a hairdresser from Callao. My best friend was Nadia.\n\n2. On 16 March 2020 the lockdown started and the salon closed. I lived on food parcels from the collective.\n\n3. On 4 February 2021 men came to my mother's house at night, broke the door and hit my sister. After this I did not go home again.\n\n4. On 10 February 2021 I went to hide at my cousin's flat in Trujillo.\n\n5. On 19 September 2021 Nadia was found dead near the port.\n";
    let found = kinds_in(
        HIDING,
        "What happened after you left home?",
        "i went to hide at my cousin's flat in trujillo, and while i was there hiding those men came to my mother's house, broke the door and hit my sister.",
    );
    assert!(found.contains(&FindingKind::Sequence), "{found:?}");
    let found = kinds_in(
        HIDING,
        "What happened after your friend Nadia died?",
        "After Nadia died, the lockdown started and the salon closed, so I lived on food parcels.",
    );
    assert!(found.contains(&FindingKind::Sequence), "{found:?}");
    let found = kinds_in(
        HIDING,
        "What happened after the men came to your mother's house?",
        "they broke the door and hit my sister. after that i went to hide at my cousin's in trujillo, and while i was hiding there i heard that nadia was found dead.",
    );
    assert!(!found.contains(&FindingKind::Sequence), "{found:?}");
}

#[test]
fn the_very_next_day_after_and_guards_counted_past_their_adjectives() {
    const CHURCH: &str = "1. I am a carpenter from Pakxe.\n\n2. On the night of 8 June 2018, as I walked home, three municipal security guards stopped me and mocked me.\n\n3. On 2 August 2019 the chief called me to the village office and showed me a paper. On 18 August 2019 policemen came into my house during our service and arrested me.\n";
    let found = kinds_in(
        CHURCH,
        "When were you arrested?",
        "it was the very next day after the chief called me to the office and showed me the paper.",
    );
    assert!(found.contains(&FindingKind::Date), "{found:?}");
    let found = kinds_in(
        CHURCH,
        "How many guards stopped you in June 2018?",
        "there were like five or six of them and they made a circle around me.",
    );
    assert!(found.contains(&FindingKind::Number), "{found:?}");
    let found = kinds_in(
        CHURCH,
        "How many guards stopped you in June 2018?",
        "three of them, from the municipality.",
    );
    assert!(!found.contains(&FindingKind::Number), "{found:?}");
}

#[test]
fn a_foreman_is_the_employer() {
    const WORK: &str = "1. I laid bricks in Tema from 2016. My supervisor was Kwame Ofori. He paid us every Friday.\n\n2. On 4 May 2019 soldiers took me to a barracks. I was held there for 16 days.\n\n3. I was released on 20 May 2019. Kwame Ofori paid 3,000 cedis to a soldier.\n";
    let found = kinds_in(
        WORK,
        "Who paid for your release?",
        "my boss at the site, the supervisor, he paid them three thousand cedis.",
    );
    assert!(!found.contains(&FindingKind::Person), "{found:?}");
    let found = kinds_in(
        WORK,
        "Who paid for your release?",
        "my cousin Ama paid them three thousand cedis.",
    );
    assert!(found.contains(&FindingKind::Person), "{found:?}");
}

#[test]
fn a_clause_hung_on_another_keeps_its_own_subject() {
    const DEATH: &str = "1. My cousin Idrissa lived in Bouaké. On 3 June 2021 men beat him in the market. He died in the clinic on 5 June 2021.\n\n2. On 8 June 2021 I went to the gendarmerie in Bouaké to report his death. I gave the gendarme the names of three of the men. Nobody was arrested.\n";
    let found = kinds_in(
        DEATH,
        "Did you report your cousin's death?",
        "Yes. I went to the gendarmerie three days after he died and gave them the names of three men.",
    );
    assert!(found.is_empty(), "{found:?}");
    let found = kinds_in(
        DEATH,
        "Did you report your cousin's death?",
        "Yes. I went to the gendarmerie ten days after he died and gave them the names of three men.",
    );
    assert!(found.contains(&FindingKind::Date), "{found:?}");
}

#[test]
fn a_death_counted_from_the_attack_and_not_from_what_is_feared() {
    const UNCLE: &str = "1. I am a tailor from Dori. I lived with my uncle, Moussa.\n\n2. On 2 March 2021 men attacked my uncle in the market. He died in the clinic three days later, on 5 March 2021.\n\n3. I fear that if I return I will be attacked like my uncle.\n";
    let report = Checker::new(Statement::parse(UNCLE).expect("statement")).check(
        "When did your uncle die?",
        "He died about two weeks after the attack.",
    );
    let date = report
        .findings
        .iter()
        .find(|f| f.kind == FindingKind::Date)
        .expect("a date finding");
    assert!(date.explanation.contains("3 days"), "{}", date.explanation);
    let found = kinds_in(
        UNCLE,
        "When did your uncle die?",
        "He died three days after the attack, in the clinic.",
    );
    assert!(found.is_empty(), "{found:?}");
}

#[test]
fn what_was_signed_is_read_where_the_question_puts_it() {
    const PAPERS: &str = "1. On 4 March 2020 the district chief showed me a letter of resignation. I refused to sign it.\n\n2. On 9 January 2021 police officers arrested me and drove me to the regional police headquarters in Tamale.\n\n3. I was kept there for six days. On the fifth day I signed a paper that I could not read.\n";
    let found = kinds_in(
        PAPERS,
        "Did you sign anything while you were at the police headquarters?",
        "No. I refused to sign anything they gave me there.",
    );
    assert!(found.contains(&FindingKind::Contradiction), "{found:?}");
    let found = kinds_in(
        PAPERS,
        "Did you sign anything while you were at the police headquarters?",
        "Yes, on the fifth day I signed a paper, I could not read it.",
    );
    assert!(!found.contains(&FindingKind::Contradiction), "{found:?}");
}

#[test]
fn an_act_of_someone_else_denied_in_the_answer() {
    const COMPLAINT: &str = "1. I am a seamstress from Bakau.\n\n2. On 6 June 2021 I went to the police station in Bakau to complain about my brother-in-law. The inspector, an older man, recorded my complaint, but he then called my brother-in-law and laughed with him.\n";
    let found = kinds_in(
        COMPLAINT,
        "What did the police do when you complained?",
        "Nothing. The inspector refused to record anything and sent me home.",
    );
    assert!(found.contains(&FindingKind::Contradiction), "{found:?}");
    let found = kinds_in(
        COMPLAINT,
        "What did the police do when you complained?",
        "The inspector recorded it, but then he called my brother-in-law. I did not go back.",
    );
    assert!(!found.contains(&FindingKind::Contradiction), "{found:?}");
}

#[test]
fn a_detention_told_in_a_scene_of_another_day_is_new() {
    const REPORT: &str = "1. I am a catechist from Dori.\n\n2. On 2 June 2019 armed men came to my house at night. I was held in their camp in the bush for 20 days and beaten. On 22 June 2019 they let me go beside a road.\n\n3. On 30 June 2019 I reported the kidnapping to the gendarmerie in Dori. A gendarme wrote down what I said. Nobody was arrested.\n\n4. On 3 August 2019 men beat my brother in the market.\n";
    let found = kinds_in(
        REPORT,
        "What happened when you reported the kidnapping to the gendarmes?",
        "The gendarme wrote it down. Then they kept me there two days, they thought I was with the armed men.",
    );
    assert!(found.contains(&FindingKind::Addition), "{found:?}");
    let found = kinds_in(
        REPORT,
        "What happened when you reported the kidnapping to the gendarmes?",
        "A gendarme wrote it down, but nobody was arrested.",
    );
    assert!(found.is_empty(), "{found:?}");
}

#[test]
fn what_happened_while_staying_somewhere_told_in_the_next_sentence() {
    const MOVE: &str = "1. I am a tailor from Bolgatanga.\n\n2. On 3 March 2020 soldiers burned my shop in Bolgatanga.\n\n3. In June 2020 I moved to Tamale and lived with my aunt Abena until I left Ghana.\n";
    let found = kinds_in(
        MOVE,
        "What happened after you left Bolgatanga?",
        "I moved to Tamale to stay with my aunt Abena. While I was living there, I heard that soldiers had burned my shop.",
    );
    assert!(found.contains(&FindingKind::Sequence), "{found:?}");
    let found = kinds_in(
        MOVE,
        "What happened after you left Bolgatanga?",
        "I moved to Tamale to stay with my aunt Abena. While I was living there, I worked a little and kept quiet.",
    );
    assert!(!found.contains(&FindingKind::Sequence), "{found:?}");
}

/// Two detentions told alike, in different places: the question's own words
/// say which one is asked about, whatever place the answer names.
const TWO_DETENTIONS: &str = "1. I was born in Kandor in 1990.\n\n2. On 3 May 2018 police arrested me at a rally in Ferrin. They took me to the Ferrin central police station and held me there for five days. An officer beat me with a baton.\n\n3. I went back to my work at the bakery in Kandor.\n\n4. On 9 September 2020 soldiers stopped my car at a checkpoint on the road to Velmar. They took me to their barracks at Tolsk and held me for two days. They did not let me call my wife.\n\n5. I left the country on 2 January 2021.\n";

#[test]
fn the_question_says_which_detention_is_asked_about() {
    // The answer gives the Ferrin station, told of the other arrest.
    let found = kinds_in(
        TWO_DETENTIONS,
        "Where were you held after the soldiers stopped you at the checkpoint, and for how long?",
        "At the central police station in Ferrin, for about a week.",
    );
    assert!(found.contains(&FindingKind::Place), "{found:?}");
    assert!(found.contains(&FindingKind::Number), "{found:?}");
    // Two days for the checkpoint detention is right, wherever else the
    // answer's words point.
    let found = kinds_in(
        TWO_DETENTIONS,
        "How long were you held after the soldiers stopped you at the checkpoint?",
        "They kept me at the barracks in Tolsk for two days, like the police did before.",
    );
    assert!(!found.contains(&FindingKind::Number), "{found:?}");
    // Asked where one went after, the answer goes on past the scene.
    let found = kinds_in(
        TWO_DETENTIONS,
        "Where did you go after the rally in Ferrin?",
        "After they let me go I went back to the bakery in Kandor.",
    );
    assert!(found.is_empty(), "{found:?}");
}

#[test]
fn questioned_at_the_airport_is_kept_there_a_while() {
    let statement = "1. The police held me in Vardo for two days in June 2021.\n\n2. On 5 July 2021 I flew from Rimsk airport to London. At Rimsk, a border officer questioned me for three hours about my trips.\n";
    let found = kinds_in(
        statement,
        "How did you leave?",
        "i flew to london in july, at rimsk airport they kept me three hours and asked about my trips",
    );
    assert!(!found.contains(&FindingKind::Addition), "{found:?}");
}

#[test]
fn a_country_in_the_question_is_not_the_stay_asked_about() {
    let statement = "1. I hid in Porvik with my aunt Selma for about six weeks. I rarely went out.\n\n2. In 2019 I travelled to Madrid for a conference, stayed one week and returned to Angola.\n";
    let found = kinds_in(
        statement,
        "Where did you hide before you left Angola?",
        "in porvik, at my aunt selma's. i was there like six weeks, maybe less.",
    );
    assert!(found.is_empty(), "{found:?}");
}

#[test]
fn not_me_says_who_did_it_not_whether() {
    let statement = "1. In 2020 the gang killed my husband Marco. I never reported his death to the police.\n\n2. On 4 May 2021 two men from the gang beat my son Joel outside his school. My wife made a police report at the station in Marvel the next day. Nobody was arrested.\n";
    let found = kinds_in(
        statement,
        "Did anyone report the attack on Joel to the police?",
        "not me. my wife went the next day to the police station in marvel and made the report. nobody was arrested.",
    );
    assert!(found.is_empty(), "{found:?}");
    let found = kinds_in(
        statement,
        "Did anyone report the attack on Joel to the police?",
        "No, nobody reported it.",
    );
    assert!(found.contains(&FindingKind::Contradiction), "{found:?}");
}

#[test]
fn he_was_beaten_is_the_relative_named_before() {
    let statement = "1. I was a teacher in Dorvik.\n\n2. On 12 March 2020 my brother Omar, who was 16, was arrested at a checkpoint. He was held for four days and questioned about me. He was beaten on his back with a pipe.\n";
    let found = kinds_in(
        statement,
        "What happened to your brother?",
        "in march twenty twenty they arrested omar at a checkpoint and kept him four days. they hit him on his back with a pipe.",
    );
    assert!(!found.contains(&FindingKind::Addition), "{found:?}");
}

#[test]
fn an_event_named_in_passing_is_not_the_persons() {
    let statement = "1. On 3 May 2021 a mob beat me in Tarsi. My neighbour, Ravi Munda, took me on his cart to the hospital in Kelpur.\n\n2. On 12 May 2021 I went with Pastor Ekka to the Kelpur police station to file a complaint. The officer refused it.\n";
    let found = kinds_in(
        statement,
        "Did you go to the police after the attack?",
        "yes, after i came out of hospital i went with pastor ekka to the kelpur thana to give a complaint but the officer refused.",
    );
    assert!(!found.contains(&FindingKind::Person), "{found:?}");
}

#[test]
fn a_year_told_of_something_else_does_not_excuse_a_wrong_day() {
    let statement = "1. I joined the party in 2019. We held meetings on Sunday afternoons before the 2021 election.\n\n2. On 2 February 2021, at about 4 p.m., three policemen arrested me at my shop in Lugazi.\n";
    let found = kinds_in(
        statement,
        "On what date were you arrested at your shop?",
        "It was the twelfth of February 2021, in the afternoon.",
    );
    assert!(found.contains(&FindingKind::Date), "{found:?}");
    let found = kinds_in(
        statement,
        "On what date were you arrested at your shop?",
        "It was in February 2021, in the afternoon.",
    );
    assert!(found.is_empty(), "{found:?}");
}

#[test]
fn each_date_of_a_sentence_is_its_nearest_events() {
    let statement = "1. My friend Karim Haddou, a driver from Tafra, was arrested on 3 May 2019.\n\n2. I left the country in June 2019. In August 2020 I learned that Karim had been sentenced to five years.\n";
    let found = kinds_in(
        statement,
        "What happened to Karim Haddou?",
        "He was arrested in May 2019, the third, and in August 2020 I heard he got five years.",
    );
    assert!(found.is_empty(), "{found:?}");
}

#[test]
fn a_no_answers_the_act_not_the_time_it_was_asked_in() {
    let statement = "1. On 2 April 2018 police officers took me from the market to the Bolo station and kept me for two days. Nobody asked me to sign anything. My wife paid 500 dollars and they let me go.\n\n2. On 9 October 2020 I was arrested again and held for a week at the Kemi prison. On the sixth day they gave me a paper to sign and I signed it.\n";
    let found = kinds_in(
        statement,
        "Did you sign anything during the first detention?",
        "No, that time nobody gave me any paper. They just beat me, and then they let me go when my wife paid.",
    );
    assert!(
        !found.contains(&FindingKind::Contradiction) && !found.contains(&FindingKind::Sequence),
        "{found:?}"
    );
}

#[test]
fn no_second_complaint_is_no_denial_of_the_first() {
    let statement = "1. On 5 March 2020 I made a written complaint about the beating to the prosecutor in Bolo. In June 2020 the prosecutor refused to open a case.\n\n2. After my second arrest I did not make another complaint, because the first one had only made things worse.\n";
    let found = kinds_in(
        statement,
        "Did you ever make a complaint about the police?",
        "Yes, in March 2020 I wrote a complaint to the prosecutor in Bolo, but in June they refused.",
    );
    assert!(found.is_empty(), "{found:?}");
}

const LOOK_ALIKE_DETENTIONS: &str = "1. I teach history in Malakal.\n\n2. On 2 April 2019 three officers led by Captain Garang Deng came to my school. They drove me to a small office near the river market. I was held there for six days.\n\n3. I was released on 8 April 2019.\n\n4. On 14 October 2020 four men broke into our house at night. I recognised Sergeant Lual Majok among them. They drove me to the headquarters in Hai Jalaba, where I was held for twenty days.\n\n5. I was released on 3 November 2020.\n";

#[test]
fn the_second_time_is_the_second_told() {
    let found = kinds_in(
        LOOK_ALIKE_DETENTIONS,
        "Where were you held the second time, and for how long?",
        "They took me to the office near the river market, and I was there six days.",
    );
    assert!(
        found.contains(&FindingKind::Place) || found.contains(&FindingKind::Number),
        "{found:?}"
    );
    let found = kinds_in(
        LOOK_ALIKE_DETENTIONS,
        "Where were you held the second time, and for how long?",
        "at the headquarters in hai jalaba, twenty days",
    );
    assert!(found.is_empty(), "{found:?}");
}

#[test]
fn who_it_was_at_the_time_asked() {
    let found = kinds_in(
        LOOK_ALIKE_DETENTIONS,
        "Who came to your house in October 2020?",
        "it was captain garang deng again, the one from the school, he was the leader",
    );
    assert!(found.contains(&FindingKind::Person), "{found:?}");
    let found = kinds_in(
        LOOK_ALIKE_DETENTIONS,
        "Who came to your house in October 2020?",
        "four men, and one was sergeant lual majok",
    );
    assert!(found.is_empty(), "{found:?}");
}

#[test]
fn a_date_told_alone_is_of_the_next_sentences_act() {
    let statement = "1. At about midnight on 14 October 2020 four men broke down the door of our house in Rumbek.\n\n2. I was released on 3 November 2020. On 20 November 2020 Mr. Akech told me that I had lost my job.\n";
    let found = kinds_in(
        statement,
        "When did the men come to your house in Rumbek?",
        "It was at night, around midnight, in late November 2020. They broke the door.",
    );
    assert!(found.contains(&FindingKind::Date), "{found:?}");
}

const TWO_TOWNS: &str = "1. On 10 May 2019 police arrested me at a protest in Dakhla and took me to the central police station in Dakhla. An officer hit me with a baton. They gave me a statement in French to sign, and I refused. I was released the next evening.\n\n2. On 3 March 2021 I was arrested again, in Tarfaya, and taken to the gendarmerie there.\n\n3. I was held there for six days. An officer named Inspector Omar Kettani questioned me every night. On the second night he burned my hand with a cigarette. On the fifth day I signed a police record without reading it.\n";

#[test]
fn a_yes_no_question_at_a_town_is_answered_there() {
    let found = kinds_in(
        TWO_TOWNS,
        "Did you sign anything at the central police station in Dakhla?",
        "yes they give me a paper in french and i sign it because i was afraid",
    );
    assert!(found.contains(&FindingKind::Contradiction), "{found:?}");
    let found = kinds_in(
        TWO_TOWNS,
        "Did you sign anything at the central police station in Dakhla?",
        "no, they gave me a paper in french but i refused",
    );
    assert!(found.is_empty(), "{found:?}");
}

#[test]
fn he_who_did_it_is_the_one_named_before() {
    let found = kinds_in(
        TWO_TOWNS,
        "Who burned your hand?",
        "it was commissioner bennis, he burn me with his cigarette",
    );
    assert!(found.contains(&FindingKind::Person), "{found:?}");
    let found = kinds_in(
        TWO_TOWNS,
        "Who burned your hand?",
        "inspector kettani, with his cigarette, the second night",
    );
    assert!(found.is_empty(), "{found:?}");
}

const TWO_ATTACKS: &str = "1. I was born in 1994 in Thies, Senegal. I worked as a tailor with my uncle Ibrahima in his shop near the central market.\n\n2. On 5 June 2018 four men attacked me outside the bakery in Thies and broke my nose. My cousin Modou took me to the clinic in Thies.\n\n3. In 2019 I moved to Dakar and shared a room with two friends.\n\n4. On 12 August 2020 two men attacked me near the bus station in Pikine. They beat me and one of them cut my arm with a razor.\n\n5. On 3 January 2021 I flew from Dakar to Madrid with a visa that a friend helped me to get, and I paid 2,000 euros for the ticket.\n\n6. In my country men like me are attacked in the street and the police do nothing.\n";

#[test]
fn a_thing_only_one_passage_tells_anchors_the_question() {
    let found = kinds_in(
        TWO_ATTACKS,
        "Where were you attacked with the razor?",
        "outside the bakery in thies, they came from behind",
    );
    assert!(found.contains(&FindingKind::Place), "{found:?}");
    let found = kinds_in(
        TWO_ATTACKS,
        "Where were you attacked with the razor?",
        "near the bus station in pikine, in the evening",
    );
    assert!(found.is_empty(), "{found:?}");
}

const TWO_DETENTIONS_AND_AFTER: &str = "1. I was born in 1988 in Manzini and worked as a machinist in a clothing factory in Matsapha.\n\n2. The first time I was arrested was on 14 March 2021, at a march of about 300 workers. I was kept for two nights at Matsapha police station.\n\n3. On the night of 22 September 2022 four men in plain clothes came to my house in Ngwane Park. They put a hood over my head and drove me for a long time.\n\n4. I was held for four days in what I think was a farmhouse. A man who called himself Captain Dube questioned me.\n\n5. On 9 January 2023 I crossed into South Africa at Lavumisa. I claimed asylum in Croydon on 16 February 2023.\n\n6. In March 2023 a warrant for my arrest was issued. In May 2023 my colleague Sipho Dlamini was arrested again and is still in custody.\n";

#[test]
fn the_second_time_goes_on_under_its_date() {
    let found = kinds_in(
        TWO_DETENTIONS_AND_AFTER,
        "How long were you held the second time?",
        "three no four days i think, in that farmhouse",
    );
    assert!(found.is_empty(), "{found:?}");
    let found = kinds_in(
        TWO_DETENTIONS_AND_AFTER,
        "How long were you held the second time?",
        "two nights, then they let me go",
    );
    assert!(found.contains(&FindingKind::Number), "{found:?}");
}

#[test]
fn some_months_later_tells_an_order() {
    let statement = "1. I was born in 1990 in Kaolack and worked as a mechanic in a garage.\n\n2. In 2016 the workers at the garage elected me their representative.\n\n3. In 2018 I also joined the Movement for Fair Wages, a small party in Kaolack.\n\n4. On 12 April 2019 police arrested me at a meeting of the party and held me for two days.\n";
    let found = kinds_in(
        statement,
        "How did you become involved in politics?",
        "I joined the Movement for Fair Wages first, and a couple of years later the workers elected me their representative.",
    );
    assert!(found.contains(&FindingKind::Sequence), "{found:?}");
    let found = kinds_in(
        statement,
        "How did you become involved in politics?",
        "the workers elected me their representative first, and two years later I joined the movement for fair wages",
    );
    assert!(!found.contains(&FindingKind::Sequence), "{found:?}");
}

#[test]
fn after_a_clause_without_a_comma_the_main_clause_has_its_own_subject() {
    let statement = "1. I worked as a machinist at a clothing factory in Matsapha.\n\n2. On the night of 22 September 2022 four men came to my house in Manzini and took me away in a car. I was held for four days.\n\n3. On 10 October 2022 the factory dismissed me.\n\n4. In December 2022 my cousin Bheki, a police constable, warned me that my name was on a list.\n";
    let found = kinds_in(
        statement,
        "What happened after the factory dismissed you?",
        "after they dismissed me the men came to my house at night and took me away and then my cousin bheki warned me",
    );
    assert!(found.contains(&FindingKind::Sequence), "{found:?}");
    let found = kinds_in(
        statement,
        "What happened after the factory dismissed you?",
        "after they dismissed me my cousin bheki warned me about the list",
    );
    assert!(!found.contains(&FindingKind::Sequence), "{found:?}");
}

#[test]
fn a_year_alone_orders_against_other_years() {
    let statement = "1. I was born on 3 May 1985 in Ali Sabieh.\n\n2. In 2016 the drivers elected me their representative in the transport union.\n\n3. In 2018 I also joined the Union for Justice, a small opposition party.\n\n4. On 12 April 2019 police arrested me at a meeting of the party and held me for two days.\n";
    let found = kinds_in(
        statement,
        "How did you become involved in politics?",
        "I joined the Union for Justice first, and after that the drivers elected me their representative.",
    );
    assert!(found.contains(&FindingKind::Sequence), "{found:?}");
    let found = kinds_in(
        statement,
        "How did you become involved in politics?",
        "the drivers elected me their representative first, and after that I joined the union for justice",
    );
    assert!(!found.contains(&FindingKind::Sequence), "{found:?}");
}

const SIGNED_THEN_REFUSED: &str = "1. I was born on 2 June 1990 in Sur and worked as a teacher.\n\n2. On 5 May 2020 officers of the security service arrested me at my school. An officer made me sign a pledge not to write about the government. I was released the same night.\n\n3. On 14 March 2022 they arrested me again at home and held me for eleven days. The officer wanted me to sign a confession and to apologise on video. I refused both.\n\n4. I was released on 25 March 2022 after my father signed a guarantee.\n";

#[test]
fn a_yes_no_question_of_one_time_is_answered_at_that_time() {
    for (question, wrong, right) in [
        (
            "Did you sign anything while you were held in 2022?",
            "yes um in the end i signed the confession because i could not take it",
            "no, I refused to sign the confession",
        ),
        (
            "Did you sign anything during your first arrest?",
            "no i didnt sign anything they put a paper in front of me but i refused",
            "yes, a pledge not to write about the government",
        ),
    ] {
        let found = kinds_in(SIGNED_THEN_REFUSED, question, wrong);
        assert!(
            found.contains(&FindingKind::Contradiction),
            "{question} {found:?}"
        );
        let found = kinds_in(SIGNED_THEN_REFUSED, question, right);
        assert!(
            !found.contains(&FindingKind::Contradiction),
            "{question} {found:?}"
        );
    }
}

#[test]
fn a_refusal_refuses_what_was_demanded_not_what_is_asked() {
    // "I refused both." follows the demand to sign: it says nothing of
    // reporting.
    let found = kinds_in(
        SIGNED_THEN_REFUSED,
        "Did you report what happened while you were held in 2022?",
        "yes, I reported it to the ombudsman the week after",
    );
    assert!(!found.contains(&FindingKind::Contradiction), "{found:?}");
    let found = kinds_in(
        SIGNED_THEN_REFUSED,
        "Did you sign the confession?",
        "yes, I signed it in the end",
    );
    assert!(found.contains(&FindingKind::Contradiction), "{found:?}");
}

#[test]
fn a_days_routine_is_no_order_of_the_story() {
    let statement = "1. My name is Rosa Delgado. In 2012 I graduated from a university in Managua with a degree in teaching English.\n\n2. My son, Mateo, was born on 2 February 2013. He lives with my mother in Masaya.\n\n3. On 14 July 2018 police arrested me at a march in León.\n";
    let found = kinds_in(
        statement,
        "Tell me a little about what a normal day looked like for you at home.",
        "In the mornings I took my son to school, then I taught English until two.",
    );
    assert!(!found.contains(&FindingKind::Sequence), "{found:?}");
}

const TWO_AMBUSHES: &str = "1. My name is Tomas Reyes. I was born on 9 January 1988 in Valle Alto and I drove a delivery lorry for a bakery.\n\n2. In 2019 I joined a group of drivers who spoke out against the gangs that took money from us on the road.\n\n3. On 6 May 2020 three armed men ambushed me near the old quarry outside Valle Alto. They took my keys, beat me with a stick and left me by the road. I reported it at the police station the next day.\n\n4. After that I changed my route and drove only in the mornings. My wife told me to give up the deliveries, but we needed the money.\n\n5. On 19 October 2021 a grey pickup with dark windows followed me from the market and blocked my lorry at the bus station in San Mateo. Two men held a gun to my head and told me I would die if I spoke again. I did not report it.\n\n6. On 2 February 2022 I left the country by bus and crossed into Guatemala. I arrived in the United States on 30 March 2022.\n";

#[test]
fn a_when_question_naming_one_incident_is_dated_by_it() {
    for (question, wrong, right) in [
        (
            "When were you attacked near the quarry?",
            "it was the nineteenth of october i think, twenty twenty one",
            "the sixth of may twenty twenty, in the afternoon",
        ),
        // No act the statement tells in these words, but every word of the
        // question is in one passage, the grey pickup's.
        (
            "When did the grey pickup block you?",
            "on 6 May 2020, I think in the afternoon",
            "in october twenty twenty one",
        ),
        // Two words together tell it: buses and police stations come
        // elsewhere too, but the bus station once.
        (
            "When did they stop you at the bus station?",
            "that was in may twenty twenty",
            "october two thousand twenty one",
        ),
    ] {
        let found = kinds_in(TWO_AMBUSHES, question, wrong);
        assert!(found.contains(&FindingKind::Date), "{question} {found:?}");
        let found = kinds_in(TWO_AMBUSHES, question, right);
        assert!(!found.contains(&FindingKind::Date), "{question} {found:?}");
    }
    // A country named in passing, or "first", does not tie the question
    // to one passage.
    let found = kinds_in(
        TWO_AMBUSHES,
        "When did they first stop you on the road?",
        "in May 2020, near the quarry",
    );
    assert!(!found.contains(&FindingKind::Date), "{found:?}");
}

#[test]
fn a_harm_at_the_asked_scene_is_not_excused_by_the_next_days_near_that_town() {
    let statement = "1. I was born in 1990 in Tsetserleg and I keep horses and goats.\n\n2. On 14 June 2022 about two hundred herders protested in front of the town hall in Darkhan. I spoke through a loudspeaker. The protest was peaceful and we went home in the evening.\n\n3. On 15 June 2022 four men stopped my car outside Darkhan, put a bag over my head and held me in a barn for three days. They beat me with a cable.\n";
    let found = kinds_in(
        statement,
        "What happened at the protest in Darkhan?",
        "about two hundred herders came to the town hall and i spoke with a loudspeaker. then the police came and arrested me and kept me one night",
    );
    assert!(found.contains(&FindingKind::Addition), "{found:?}");
    let found = kinds_in(
        statement,
        "What happened outside Darkhan?",
        "four men stopped my car, they put a bag on my head and held me in a barn",
    );
    assert!(!found.contains(&FindingKind::Addition), "{found:?}");
}

#[test]
fn reporting_in_other_words_is_reporting() {
    let statement = "1. On 3 March 2019 men from the mill beat my husband outside our shop. I reported it to the police in Santa Rosa the next week.\n\n2. On 9 August 2020 the same men set fire to our shop at night. This time I did not go to the police, because nothing had come of it. My brother filed a complaint with the prosecutor in April 2021.\n";
    expect_contradictions(
        statement,
        &[
            (
                "Did you report the beating of your husband?",
                "yes, I made a complaint at the prosecutor's office",
                false,
            ),
            (
                "Did you report the beating of your husband?",
                "no, I never reported it",
                true,
            ),
            (
                "Did you report the fire to the police?",
                "no, this time I did not go",
                false,
            ),
            (
                "Did you report the fire to the police?",
                "yes, I went to the police station the next morning and reported it",
                true,
            ),
        ],
    );
}

#[test]
fn a_sentence_of_who_one_is_tells_no_step_of_the_story() {
    let statement = "1. My name is Paulo Mendes. I was born on 2 May 1994 in Luanda, Angola. I am a citizen of Angola. I am not married and I have no children.\n\n2. I had an Angolan passport issued in 2018. In August 2019 I had obtained a United States visitor visa to attend an electrical trade fair in Houston, Texas. I travelled to Houston in October 2019, stayed one week and returned to Angola.\n\n3. On 4 March 2021 police arrested me at my office.\n";
    let found = kinds_in(
        statement,
        "Have you been to the United States before?",
        "Yes, once. In October 2019 I went to an electrical trade fair in Houston for a week, and then I went back to Angola.",
    );
    assert!(!found.contains(&FindingKind::Sequence), "{found:?}");
    let found = kinds_in(
        statement,
        "What happened after you came back from Houston?",
        "The police arrested me at my office first, and after that I went to the trade fair in Houston.",
    );
    assert!(found.contains(&FindingKind::Sequence), "{found:?}");
}

#[test]
fn the_hour_after_work_is_no_order_and_he_is_the_one_asked_about() {
    let evening = "1. I was born in 1990 in Kotor. I worked as a pharmacist in Podgorica from 2015.\n\n2. In 2019 my family learned that I am gay. My father told me to leave the house, and I moved to a small flat near the river.\n\n3. On 9 June 2021, at about eight in the evening, I finished my shift and walked to the car park behind the pharmacy. Petar Ilic, a police officer I knew, and another man pushed me into a van. I did not know the other man, who drove.\n\n4. They drove me to a quarry outside the city and beat me with a pipe for about an hour.\n\n5. I flew to London on 3 August 2021.\n";
    // "after my shift" says when in the day, not what came first.
    let found = kinds_in(
        evening,
        "When did Petar Ilic and the other man take you?",
        "it was the ninth of june twenty twenty one, in the evening after my shift, around eight.",
    );
    assert!(!found.contains(&FindingKind::Sequence), "{found:?}");
    let statement = "1. On 2 May 2020 police arrested me at the bus station in Kisumu.\n\n2. On 6 May 2020 my uncle Tomas Owino came home from Uganda.\n\n3. On 3 May 2020 my neighbour Grace Atieno died. On 6 May 2020 a crowd took me at the river and beat me.\n";
    // "he" is the uncle the question names.
    let found = kinds_in(
        statement,
        "When did your uncle Tomas come home?",
        "he come home before they arrest me at the bus station, some days before.",
    );
    assert!(found.contains(&FindingKind::Sequence), "{found:?}");
    // "she" is Grace; the river says which time they took the speaker.
    let found = kinds_in(
        statement,
        "When did Grace Atieno die?",
        "she died after they took me at the river, a few days after.",
    );
    assert!(found.contains(&FindingKind::Sequence), "{found:?}");
    let found = kinds_in(
        statement,
        "When did Grace Atieno die?",
        "she died some days before they took me at the river.",
    );
    assert!(!found.contains(&FindingKind::Sequence), "{found:?}");
}

#[test]
fn shots_at_a_van_are_neither_a_fire_nor_a_man_shot() {
    let statement = "1. On 4 April 2018 two men shot at our delivery van outside the warehouse.\n\n2. On 20 April 2018 they beat me with a pipe at the market.\n\n3. In June 2018 my cousin Ali was found dead. He had been shot in the head.\n";
    let found = kinds_in(
        statement,
        "What happened in April 2018?",
        "first they beat me with a pipe at the market, and after that they shot at our van.",
    );
    assert!(found.contains(&FindingKind::Sequence), "{found:?}");
    let found = kinds_in(
        statement,
        "What happened in April 2018?",
        "first they shot at our van, and after that they beat me with a pipe at the market.",
    );
    assert!(!found.contains(&FindingKind::Sequence), "{found:?}");
    let found = kinds_in(
        statement,
        "What happened after they shot at the van?",
        "that same night they set fire to our warehouse.",
    );
    assert!(found.contains(&FindingKind::Addition), "{found:?}");
}

#[test]
fn going_to_the_police_by_way_of_a_town_is_reporting() {
    let statement = "1. In March 2019 the men beat me at my garden. We did not report it to the police.\n\n2. In May 2021 they beat me again at the market. My aunt Esther saw it and went to Lilongwe to the police. Two officers came that evening.\n";
    let found = kinds_in(
        statement,
        "Who helped you the second time?",
        "my aunt esther saw it, so she went to the police in lilongwe, and two officers came.",
    );
    assert!(!found.contains(&FindingKind::Contradiction), "{found:?}");
}

#[test]
fn where_the_group_was_taken_is_where_one_was_held() {
    let statement = "1. In May 2020 gendarmes arrested me and two friends at a rally in Kara. They took the three of us to the gendarmerie in Sokode. I was held there for two days in a small cell.\n\n2. I left Togo in 2021. In 2022 my friend Koffi was arrested again, and he is still in prison.\n";
    let found = kinds_in(
        statement,
        "Where were you kept after the arrest at the rally?",
        "at the gendarmerie in sokode, in a small cell with other men.",
    );
    assert!(!found.contains(&FindingKind::Place), "{found:?}");
}

#[test]
fn the_date_asked_for_is_the_sentence_that_alone_tells_it() {
    let statement = "1. My husband beat me many times in 2020.\n\n2. I did not go to the police again. On 3 June 2021 I applied to the district court in Kisumu for a protection order. The order was granted on 28 June 2021. My husband ignored it.\n\n3. On 9 July 2021 he came to my mother's house with a panga.\n";
    let found = kinds_in(
        statement,
        "When was the protection order granted?",
        "it was granted on the third of june twenty twenty one.",
    );
    assert!(found.contains(&FindingKind::Date), "{found:?}");
    let found = kinds_in(
        statement,
        "When was the protection order granted?",
        "on the twenty eighth of june, twenty twenty one.",
    );
    assert!(!found.contains(&FindingKind::Date), "{found:?}");
    let found = kinds_in(
        statement,
        "When did you apply for the protection order, and what did the court do?",
        "i applied on the third of june twenty twenty one, and on the twenty eighth of june they granted it.",
    );
    assert!(!found.contains(&FindingKind::Date), "{found:?}");
}

#[test]
fn an_arrest_told_as_pushed_into_a_truck_is_dated_by_its_own_passage() {
    let statement = "1. I was born in 1985 in Zinder.\n\n2. On 6 April 2021 I spoke at a meeting at the Kalu market. At about four o'clock soldiers arrived. Four soldiers pushed me and two friends from the union, Ali Garba and Musa Idi, into the back of a truck.\n\n3. They held us for three days at the barracks and beat us.\n\n4. On 24 January 2022 police arrested me again at my home in Maradi.\n";
    let found = kinds_in(
        statement,
        "On what date did the soldiers arrest you at the Kalu market?",
        "it was the twenty fourth of january twenty twenty two.",
    );
    assert!(found.contains(&FindingKind::Date), "{found:?}");
    let found = kinds_in(
        statement,
        "On what date did the soldiers arrest you at the Kalu market?",
        "the sixth of april, twenty twenty one.",
    );
    assert!(!found.contains(&FindingKind::Date), "{found:?}");
}

#[test]
fn a_thing_told_again_in_the_next_paragraph_still_dates_its_own() {
    let statement = "1. I lived with my partner Ravi in Georgetown from 2016.\n\n2. On 26 December 2019, at about ten at night, Ravi punched me in the face and knocked out two of my front teeth.\n\n3. I did not see a doctor. The tooth gap is still there.\n\n4. Later I moved to my mother's house in Lotus Creek.\n\n5. On 8 March 2021 Ravi and his cousin took me to an old mill and beat me with a piece of wood. My wrist was broken.\n";
    let found = kinds_in(
        statement,
        "When did Ravi knock out your tooth?",
        "that was in march twenty twenty one, the eighth of march.",
    );
    assert!(found.contains(&FindingKind::Date), "{found:?}");
    let found = kinds_in(
        statement,
        "When did Ravi knock out your tooth?",
        "it was after christmas, the twenty sixth of december twenty nineteen.",
    );
    assert!(!found.contains(&FindingKind::Date), "{found:?}");
}

#[test]
fn seeing_a_doctor_and_confessing_in_other_words() {
    let statement = "1. On 3 May 2019 three men beat me outside the bar in Kotor and broke my nose. I went to the emergency centre the same night, where a doctor set my nose. They made me say that I was a thief, and I confessed.\n\n2. On 9 June 2022 two men took me to a quarry and cut my arm with a knife. This time I did not go to a doctor; a friend who is a nurse cleaned the cut. This time I did not confess.\n";
    expect_contradictions(
        statement,
        &[
            (
                "Did you see a doctor after the attack in June 2022?",
                "yes, i went to the hospital and a doctor stitched my arm.",
                true,
            ),
            (
                "Did you see a doctor after the attack in June 2022?",
                "no, my friend cleaned it.",
                false,
            ),
            (
                "Did you see a doctor after the attack in May 2019?",
                "yes, the same night, at the emergency centre.",
                false,
            ),
            (
                "In June 2022, did you admit to being a thief?",
                "yes, they hit me until i said it.",
                true,
            ),
            (
                "In June 2022, did you admit to being a thief?",
                "no, not that time.",
                false,
            ),
        ],
    );
}

#[test]
fn it_was_after_puts_the_asked_event_second() {
    let statement = "1. I was born in 1994 in Bar and worked as a waiter.\n\n2. In June 2020 my cousin posted a photo of me with my partner on Facebook. My father saw it and threw me out of the house. I moved to a friend's flat.\n\n3. On 14 August 2020 three men led by Marko Ilic beat me outside the Kafe Lipa in Bar and broke my nose.\n\n4. I left Montenegro in 2022.\n";
    let found = kinds_in(
        statement,
        "When did your father throw you out of the house?",
        "it was after marko and the others beat me outside the cafe. my father said i was not his son.",
    );
    assert!(found.contains(&FindingKind::Sequence), "{found:?}");
    let found = kinds_in(
        statement,
        "When did your father throw you out of the house?",
        "it was after my cousin posted the photo of me and my partner on facebook.",
    );
    assert!(!found.contains(&FindingKind::Sequence), "{found:?}");
}

#[test]
fn taken_to_a_clinic_under_the_second_detention() {
    let statement = "1. On 2 May 2018 soldiers arrested me at the bus station in Lobaye.\n\n2. I was held at the barracks for four days. They kicked me, but I was not badly hurt and I did not see a doctor. I was released on 6 May 2018.\n\n3. On 11 August 2021 police officers arrested me again at my shop in Mbaïki. I was held at the central station for nine days and beaten with a cable. My right hand was broken.\n\n4. I was released on 20 August 2021. The same evening my uncle Firmin took me to the Clinique Sainte Anne, where a nurse put my hand in plaster.\n";
    expect_contradictions(
        statement,
        &[
            (
                "Did you see a doctor after the second detention?",
                "yes. my uncle took me to a clinic the same evening and they put plaster on my hand.",
                false,
            ),
            (
                "Did you see a doctor after the first detention?",
                "yes, my uncle took me to the clinic.",
                true,
            ),
            (
                "Did you see a doctor after the second detention?",
                "no, i did not see anyone.",
                true,
            ),
        ],
    );
}

#[test]
fn a_feared_harm_in_reply_to_what_is_feared() {
    let statement = "1. I edited a small newspaper in Bata. On 4 June 2020 soldiers searched our office and took the computers.\n\n2. My colleague Elena was arrested on 2 August 2020.\n\n3. I fear that if I return I will be imprisoned or killed by the security police.\n";
    let q = "What do you fear if you return?";
    let feared = kinds_in(
        statement,
        q,
        "that they lock me in prison or they kill me. elena was already arrested.",
    );
    assert!(feared.is_empty(), "{feared:?}");
    // Told as done, a killing is still new.
    let done = kinds_in(
        statement,
        q,
        "they killed my brother in 2021, and they will kill me too.",
    );
    assert!(done.contains(&FindingKind::Addition), "{done:?}");
}

#[test]
fn nothing_written_and_could_not_pay_are_denials() {
    let statement = "1. On 3 May 2021 my cousins beat me at the market in Maseru. The next day I went to the police post. The officer listened, but he wrote nothing down.\n\n2. In July 2021 the family asked for ten cows. My mother could not pay that.\n\n3. On 2 March 2022 my mother paid an agent 900 dollars for my ticket.\n";
    expect_contradictions(
        statement,
        &[
            (
                "What happened at the police post?",
                "the officer listened and he didn't write nothing.",
                false,
            ),
            (
                "What did the family ask for in July 2021?",
                "ten cows. my mother couldn't pay that.",
                false,
            ),
        ],
    );
}

#[test]
fn some_of_a_group_does_not_count_the_group() {
    let statement = "1. On 9 May 2022, at night, a pickup stopped beside me on the road to Ermera. My uncle was driving, and six other men were in the back. They pulled me into the back.\n\n2. In June 2022 two of the men from the pickup came to the shop where I worked and asked for me.\n";
    let q = "How many men were in the back of the pickup?";
    let told = kinds_in(
        statement,
        q,
        "six. six men in the back, and my uncle was driving.",
    );
    assert!(told.is_empty(), "{told:?}");
    let wrong = kinds_in(
        statement,
        q,
        "nine men in the back, and my uncle was driving.",
    );
    assert!(wrong.contains(&FindingKind::Number), "{wrong:?}");
}

#[test]
fn a_step_told_without_a_date_is_dated_by_its_paragraph() {
    let statement = "1. On 3 March 2021 soldiers beat me at the market in Suva.\n\n2. On 14 February 2023 I left Lautoka on a fishing boat. There were twenty other people on it. The sea was rough and two men fell ill. The captain took our phones. I claimed protection on the day I landed near Darwin.\n\n3. In 2022 my cousin was arrested.\n";
    let q = "When did you land in Australia?";
    let wrong = kinds_in(
        statement,
        q,
        "on the fourteenth of february twenty twenty two, and i claimed protection the same day.",
    );
    assert!(wrong.contains(&FindingKind::Date), "{wrong:?}");
    let told = kinds_in(
        statement,
        q,
        "on the fourteenth of february twenty twenty three, and i claimed protection the same day.",
    );
    assert!(told.is_empty(), "{told:?}");
}

#[test]
fn a_count_asked_of_one_raid_is_not_the_other_raids() {
    let statement = "1. I presented a programme on Radio Bioko in Malabo about land seizures.\n\n2. On 3 May 2019 four men in uniform came into the studio of Radio Bioko and took the recorder. They hit me twice with a baton and left after an hour.\n\n3. After the men came into the studio, Radio Bioko moved its programmes to my flat.\n\n4. On 8 February 2021, at two in the morning, seven men in balaclavas came into my flat. They said Radio Bioko was finished and beat me with rifle butts.\n";
    let q = "How many men came into the studio of Radio Bioko?";
    let other = kinds_in(statement, q, "there were seven of them, seven men.");
    assert!(other.contains(&FindingKind::Number), "{other:?}");
    let own = kinds_in(statement, q, "four men, in uniform.");
    assert!(own.is_empty(), "{own:?}");
}

#[test]
fn an_arrest_in_hiding_is_new_at_the_house_the_scene_names() {
    let statement = "1. On 2 March 2021 soldiers searched my office in Suva and took my laptop.\n\n2. On 10 April 2021 my colleague Mere was arrested and held for a week. A few days after her arrest I went to stay with my uncle Tevita in Labasa, where I stayed for three months and hardly went out.\n";
    let q = "What happened while you were staying in Labasa?";
    let added = kinds_in(
        statement,
        q,
        "i stayed inside, about three months. but one day the police came to tevita's house and arrested me.",
    );
    assert!(added.contains(&FindingKind::Addition), "{added:?}");
    let told = kinds_in(
        statement,
        q,
        "i stayed inside with my uncle, about three months.",
    );
    assert!(!told.contains(&FindingKind::Addition), "{told:?}");
}

#[test]
fn a_bare_denial_and_an_act_told_both_ways() {
    let statement = "1. I sold phones at a kiosk in Maseru.\n\n2. On 4 June 2019 three men broke the kiosk's window in the afternoon and took the phones. On 6 June 2019 I made a complaint at the Maseru Central police station, with my friend Palesa.\n\n3. On the night of 2 August 2021 four men came to my room in Ha Thetsane. They beat me with sticks and broke my arm.\n\n4. A nurse at the clinic said I could make a complaint against the men. I did not. I was afraid they would come back.\n";
    expect_contradictions(
        statement,
        &[
            (
                "Did you make a complaint after the men came to your room at night?",
                "yes, i went with palesa to the police and made a complaint.",
                true,
            ),
            (
                "Did you make a complaint after the men came to your room at night?",
                "no, i was too afraid.",
                false,
            ),
            (
                "Did you make a complaint after the men broke the kiosk window?",
                "yes, two days later, with palesa.",
                false,
            ),
        ],
    );
}

#[test]
fn the_first_time_of_one_time_read_points_nowhere() {
    // The first time is told in words not read as an arrest ("had to
    // stay"); "the first time" is then not the one arrest read.
    let one = "1. I am a nurse from Dili.\n\n2. On 3 May 2019 my cousins pulled me from my bed and drove me to my father's village, Maubara. I had to stay in the goat shed there for five days.\n\n3. On 9 June 2021 police officers arrested me in Dili and held me at the Becora station for two days.\n";
    let q = "Where were you held the first time you were taken?";
    let checker = Checker::new(Statement::parse(one).expect("statement"));
    assert_eq!(checker.asked(q).anchor, None);
    // Two times read: the first is the first.
    let two = one.replace("I had to stay in", "They locked me in");
    let checker = Checker::new(Statement::parse(&two).expect("statement"));
    let anchor = checker.asked(q).anchor.expect("an anchor");
    assert_eq!(
        checker.paragraph_number(first_sentence_of(&checker, anchor)),
        2
    );
}

fn first_sentence_of(checker: &Checker, paragraph: usize) -> usize {
    (0..checker.paragraph_of.len())
        .find(|&s| checker.paragraph_of[s] == paragraph)
        .expect("a sentence")
}

#[test]
fn released_after_the_second_arrest_is_dated_by_that_time() {
    const TWICE: &str = "3. On 30 March 2018 soldiers arrested me at the bakery where I worked and took me to the barracks at Kintélé. I was released on 2 April 2018 after my employer spoke to the captain.\n\n4. For three years I kept away from politics.\n\n5. On 11 September 2021 two policemen arrested me at my mother's house during the night. They drove me to the central police station.\n\n6. I was held there for nine days and beaten twice. I was released on 20 September 2021 when my uncle paid the officer on duty.\n";
    let q = "When were you released after the second arrest?";
    let wrong = kinds_in(
        TWICE,
        q,
        "um, they released me on the second of april, in the morning",
    );
    assert!(wrong.contains(&FindingKind::Date), "{wrong:?}");
    let right = kinds_in(TWICE, q, "on the twentieth of september, my uncle paid");
    assert!(right.is_empty(), "{right:?}");
}

#[test]
fn no_to_reporting_the_second_arrest_denies_the_report() {
    const TWO: &str = "2. In 2019 I joined a students' union that campaigned for an end to the arrests of students who criticise the rector.\n\n3. On 4 February 2020 police arrested me at a rally at the university and held me for two days. A week after my release I reported the arrest to a human rights lawyer.\n\n4. In May 2021 the union published a letter about the death of a student in police custody.\n\n5. On 9 June 2021 three men in plain clothes arrested me in my room and drove me to a house outside the city. I was held there for a week.\n\n6. I escaped on 16 June 2021 through a window. I did not report this second arrest to anyone, because I was afraid they would find me.\n";
    let q = "Did you report the second arrest to anyone?";
    for answer in ["no.", "no, nobody. i was too afraid"] {
        let said = kinds_in(TWO, q, answer);
        assert!(said.is_empty(), "{answer}: {said:?}");
    }
    // The arrests the union campaigned against and a death in custody are
    // named as things, not times the client was arrested: the second arrest
    // is the one told in paragraph 5.
    let checker = Checker::new(Statement::parse(TWO).expect("statement"));
    let anchor = checker.asked(q).anchor.expect("an anchor");
    assert_eq!(
        checker.paragraph_number(first_sentence_of(&checker, anchor)),
        5
    );
}

#[test]
fn the_passage_after_the_one_naming_the_place_goes_on_there() {
    const SHOP: &str = "2. In 2019 I opened a small hair salon near the bus rank.\n\n4. On 2 March 2021 my husband beat me at home with a belt. The next day I went to the police post and reported the attack.\n\n5. On 20 September 2021 he came to my salon with two friends. He hit me with his fist, cut my arm with a knife and broke the mirrors.\n\n6. After they left, a neighbour cleaned the cut. I did not report this attack to the police, because they had let him go the last time.\n\n7. On 3 October 2021 my salon was set on fire.\n";
    let q = "Did you report the attack at the salon to the police?";
    let right = kinds_in(
        SHOP,
        q,
        "no. the first time i reported it, so this time i didn't go",
    );
    assert!(right.is_empty(), "{right:?}");
    let wrong = kinds_in(SHOP, q, "yes, i reported it the next day");
    assert!(wrong.contains(&FindingKind::Contradiction), "{wrong:?}");
}

#[test]
fn a_doctor_who_examined_me_was_seen() {
    let statement = "1. On 3 March 2019 soldiers arrested me at the market in Ebebiyín and held me for three days. I did not see a doctor afterwards.\n\n2. On 14 May 2022 police officers took me from my house and held me for two weeks, beating me with cables.\n\n3. I was released on 28 May 2022. The next day Dr Obiang, a doctor at a small clinic in Bata, examined me and stitched the cut on my head.\n";
    expect_contradictions(
        statement,
        &[
            (
                "Did you see a doctor after your release in May 2022?",
                "yes, the next day, a doctor at a clinic in bata stitched my head",
                false,
            ),
            (
                "Did you see a doctor after your release in May 2022?",
                "no, i never saw a doctor",
                true,
            ),
        ],
    );
}

#[test]
fn a_count_told_of_the_first_time_is_not_this_times() {
    let statement = "1. On 4 April 2019 about forty youths from the next village came to our church during the evening service. They broke the windows and one of them hit me with a stick.\n\n2. On 30 May 2021 about fifteen men came to my cousin's wedding in the church hall. They carried machetes. Two men held me while another man cut my arm.\n";
    let q = "How many men came to the wedding?";
    let right = kinds_in(
        statement,
        q,
        "fifteen men. the first time it was maybe forty of them",
    );
    assert!(right.is_empty(), "{right:?}");
    let wrong = kinds_in(statement, q, "about thirty of them");
    assert!(wrong.contains(&FindingKind::Number), "{wrong:?}");
}

#[test]
fn who_led_them_is_told_by_their_leader() {
    let statement = "1. I drove a taxi in Bata and helped a small cultural association.\n\n2. On 3 March 2019 soldiers stopped my taxi at a checkpoint near the river. Their leader was a sergeant whom the others called Sargento Obiang. They took me to a camp outside the town.\n\n3. I was held at the camp for four days and beaten.\n\n4. At dawn on 8 July 2021 five men in plain clothes came to our house in the old quarter. Their leader said he was Comandante Nsue Ela. They took me from my bed and drove me to a cell near the port.\n\n5. In August 2021 two men in a car waited outside our house for several nights, and our neighbour Rosa Mangue was arrested.\n";
    let q = "Who led the men who took you from your house?";
    let right = kinds_in(
        statement,
        q,
        "a commander, nsue ela, that's what he said. the first time it was a sergeant, obiang, but this time a commander",
    );
    assert!(right.is_empty(), "{right:?}");
}

#[test]
fn a_rank_in_spanish_or_portuguese_is_a_title() {
    let statement = "1. Tenente Araújo leads the armed group that controls our hill.\n\n2. After the fire, Tenente Araújo's nephew, Caio Prates, started to come to my bakery every evening and told me I belonged to him.\n";
    let q = "Who is Caio?";
    let said = kinds_in(
        statement,
        q,
        "Caio Prates, the nephew of Tenente Araújo, who leads the group.",
    );
    assert!(said.is_empty(), "{said:?}");
}

#[test]
fn a_sum_asked_of_a_dated_time_is_that_times() {
    let statement = "1. On 2 May 2019 the chiefs' council called me to a hearing about our prayer group and fined me 300 dollars, which my brother paid.\n\n2. For two years we prayed quietly at home.\n\n3. On 9 October 2021 the council called me again after the second raid and ordered me to pay a fine of 1,500 dollars. I refused to pay it.\n";
    let q = "How much was the fine the council gave you in May 2019?";
    let wrong = kinds_in(statement, q, "1,500 dollars");
    assert!(wrong.contains(&FindingKind::Number), "{wrong:?}");
    let right = kinds_in(statement, q, "three hundred dollars, my brother paid it");
    assert!(right.is_empty(), "{right:?}");
}

#[test]
fn reporting_the_burning_of_the_shed_is_read_after_that_burning() {
    let statement = "1. On 2 June 2019 young men from the village beat me outside my house. Two days later I went to the police post and reported the attack. The constable wrote it in a book.\n\n2. After that our group met at night in my uncle's shed.\n\n3. On 14 August 2021 about twenty men came during our prayer meeting in the shed. They poured petrol on the shed and set it on fire, and they broke my arm. The shed burned to the ground.\n\n4. My cousin drove me to the hospital. This time I did not report the attack to the police, because they had done nothing the first time.\n\n5. In October 2021 men from the village burned my farm hut.\n";
    expect_contradictions(
        statement,
        &[
            (
                "Did you report the burning of the shed to the police?",
                "yes, i went to the police post and the constable wrote it down",
                true,
            ),
            (
                "Did you report the burning of the shed to the police?",
                "no, this time i didn't go to them",
                false,
            ),
        ],
    );
}

#[test]
fn a_week_after_my_release_is_not_the_same_day() {
    let statement = "1. On 2 May 2021 police arrested me at a meeting of our union.\n\n2. I was held at the central station for four days and beaten. I was released on 6 May 2021 after my brother paid a fine. A week after my release, my colleague and I reported the arrest to a human rights lawyer, who wrote down our statements.\n";
    let q = "When did you report the arrest to the human rights lawyer?";
    let wrong = kinds_in(
        statement,
        q,
        "the same day they released me, i went straight to him",
    );
    assert!(wrong.contains(&FindingKind::Date), "{wrong:?}");
    let right = kinds_in(statement, q, "about a week after they released me");
    assert!(right.is_empty(), "{right:?}");
}
