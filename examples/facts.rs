//! Developer tool: prints the facts Mock Hearing extracts from a text.
//!
//!     cargo run --example facts -- "They hit my son Kevin on 18 April 2020."
//!     cargo run --example facts -- --statement FILE

use mock_hearing::facts::{Lexicon, extract};
use mock_hearing::statement::Statement;

fn main() -> anyhow::Result<()> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.first().map(String::as_str) == Some("--statement") {
        let path = args
            .get(1)
            .ok_or_else(|| anyhow::anyhow!("give a statement file"))?;
        let statement = Statement::parse(&std::fs::read_to_string(path)?)?;
        for (p, range) in statement.sentences() {
            let text = statement.slice(range);
            println!("¶{} {text}", statement.paragraphs[p].number);
            for f in extract(text, &Lexicon::default()).facts {
                println!("    {:?}", f.value);
            }
        }
        return Ok(());
    }
    let text = args.join(" ");
    for f in extract(&text, &Lexicon::default()).facts {
        println!("{:?}  <{}>", f.value, &text[f.span.clone()]);
    }
    Ok(())
}
