//! The fictional sample client added to a new workspace, so a newcomer sees
//! the whole flow at once: a statement to rehearse against and typed answers
//! to try.

use crate::store::{CLIENT_FORMAT_VERSION, Client, StoreError, Workspace};

pub const SAMPLE_STATEMENT: &str = include_str!("../../assets/sample-client/statement.txt");

pub fn add_sample_client(workspace: &Workspace) -> Result<Client, StoreError> {
    let client = Client {
        format_version: CLIENT_FORMAT_VERSION,
        id: Workspace::new_id("c"),
        alias: "Elena (sample, fictional)".to_string(),
        language: "es".to_string(),
        jurisdiction: Some(crate::scenario::Jurisdiction::UsAsylumOffice),
        created_at: crate::headless::now_rfc3339(),
        sample: true,
    };
    workspace.save_client(&client)?;
    workspace.save_statement(&client.id, SAMPLE_STATEMENT)?;
    Ok(client)
}
