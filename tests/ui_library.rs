//! The real app, driven through egui_kittest: the scenario library lists the
//! shipped interviews, filters them, and previews the one picked.

use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use mock_hearing::ui::App;

fn harness() -> Harness<'static, App> {
    let mut harness = Harness::builder()
        .with_size(egui::vec2(1100.0, 720.0))
        .build_ui_state(|ui, app: &mut App| app.show(ui), App::new());
    harness.run();
    harness
}

#[test]
fn library_lists_every_shipped_interview_and_the_care_note() {
    let harness = harness();
    for title in ["Warm-up", "US asylum office", "UK screening"] {
        assert!(
            harness.query_all_by_label_contains(title).next().is_some(),
            "nothing labelled {title:?}"
        );
    }
    assert!(
        harness
            .query_by_label_contains("not legal advice")
            .is_some()
    );
    assert!(
        harness
            .query_by_label_contains("Nothing leaves this computer")
            .is_some()
    );
    assert!(
        harness
            .query_by_label_contains("Choose an interview")
            .is_some()
    );
}

#[test]
fn picking_an_interview_previews_its_questions_and_warnings() {
    let mut harness = harness();
    harness
        .get_by_label_contains("Warm-up: getting used")
        .click();
    harness.run();
    assert_eq!(harness.state().library().selected_id(), Some("warm-up"));
    assert!(
        harness
            .query_by_label_contains("Please tell me your full name")
            .is_some()
    );
    assert!(
        harness
            .query_by_label_contains("Choose an interview")
            .is_none()
    );
}

#[test]
fn the_jurisdiction_filter_hides_other_interviews() {
    let mut harness = harness();
    harness.get_by_label("UK screening").click();
    harness.run();
    assert!(
        harness
            .query_by_label_contains("Warm-up: getting used")
            .is_none()
    );
    harness.get_by_label("All").click();
    harness.run();
    assert!(
        harness
            .query_by_label_contains("Warm-up: getting used")
            .is_some()
    );
}
