//! How many colours the terminal shows, from the environment.

use super::ColorDepth;

impl ColorDepth {
    /// The colour depth `NO_COLOR`, `TERM` and `COLORTERM` describe (see
    /// [`ColorDepth::from_vars`]).
    pub fn detect() -> ColorDepth {
        let var = |name| std::env::var_os(name).map(|v| v.to_string_lossy().into_owned());
        ColorDepth::from_vars(
            var("NO_COLOR").as_deref(),
            var("COLORTERM").as_deref(),
            var("TERM").as_deref(),
        )
    }

    /// The rules, in order: `NO_COLOR` set and non-empty, or `TERM=dumb`: no colour;
    /// `COLORTERM` `truecolor` or `24bit`: 24-bit colour; a `TERM` naming a 256-colour
    /// terminal, or no `TERM` at all (nothing says the terminal is basic): 256 colours;
    /// any other `TERM` (`linux`, `vt100`, `xterm`): the 16 basic colours.
    pub fn from_vars(
        no_color: Option<&str>,
        colorterm: Option<&str>,
        term: Option<&str>,
    ) -> ColorDepth {
        let term = term.unwrap_or("");
        if no_color.is_some_and(|v| !v.is_empty()) || term == "dumb" {
            ColorDepth::NoColor
        } else if matches!(colorterm, Some("truecolor" | "24bit")) {
            ColorDepth::TrueColor
        } else if term.is_empty() || term.contains("256color") {
            ColorDepth::Ansi256
        } else {
            ColorDepth::Ansi16
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_environment_decides_the_depth() {
        let cases = [
            (
                Some("1"),
                Some("truecolor"),
                Some("xterm-256color"),
                ColorDepth::NoColor,
            ),
            (Some(""), None, Some("xterm-256color"), ColorDepth::Ansi256),
            (
                None,
                Some("truecolor"),
                Some("xterm-256color"),
                ColorDepth::TrueColor,
            ),
            (None, Some("24bit"), Some("xterm"), ColorDepth::TrueColor),
            (
                None,
                Some("yes"),
                Some("screen-256color"),
                ColorDepth::Ansi256,
            ),
            (None, None, None, ColorDepth::Ansi256),
            (None, None, Some("linux"), ColorDepth::Ansi16),
            (None, None, Some("vt100"), ColorDepth::Ansi16),
            (None, Some("truecolor"), Some("dumb"), ColorDepth::NoColor),
        ];
        for (no_color, colorterm, term, want) in cases {
            assert_eq!(
                ColorDepth::from_vars(no_color, colorterm, term),
                want,
                "NO_COLOR={no_color:?} COLORTERM={colorterm:?} TERM={term:?}"
            );
        }
    }
}
