//! Turns assets/ba.css, the one stylesheet of the components, into the stylist `css!` call
//! that `AuthProvider` injects (feature `styles`): stylist parses it at compile time, so the
//! app carries no CSS parser. The bundled app's index.html inlines the same file instead.

use std::{env, fs, path::Path};

fn main() {
    println!("cargo:rerun-if-changed=assets/ba.css");
    let css = fs::read_to_string("assets/ba.css").expect("assets/ba.css");
    // Comments are for people; they would only be carried along.
    let mut plain = String::with_capacity(css.len());
    let mut rest = css.as_str();
    while let Some(start) = rest.find("/*") {
        plain.push_str(&rest[..start]);
        rest = rest[start..]
            .find("*/")
            .map_or("", |end| &rest[start + end + 2..]);
    }
    plain.push_str(rest);
    let out = Path::new(&env::var("OUT_DIR").expect("OUT_DIR")).join("ba_css.rs");
    fs::write(out, format!("::stylist::css!(r##\"{plain}\"##)")).expect("write ba_css.rs");
}
