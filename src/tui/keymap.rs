//! The one table of keys: what each key does where, and the help overlay made from it.

use crossterm::event::{KeyCode, KeyEvent, KeyEventKind, KeyModifiers};

use super::action::Action;

/// Where a binding applies.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Scope {
    Everywhere,
    /// Only while the article has the focus.
    Article,
    /// Only while the side panel has the focus.
    Panel,
}

/// A key as the table names it: Shift is never part of a character key (`G` is `G`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Key {
    pub code: KeyCode,
    pub ctrl: bool,
}

const fn key(c: char) -> Key {
    Key {
        code: KeyCode::Char(c),
        ctrl: false,
    }
}

const fn ctrl(c: char) -> Key {
    Key {
        code: KeyCode::Char(c),
        ctrl: true,
    }
}

const fn special(code: KeyCode) -> Key {
    Key { code, ctrl: false }
}

pub struct Binding {
    pub keys: &'static [Key],
    pub scope: Scope,
    pub action: Action,
    pub help: &'static str,
}

/// Every key the reader knows, in the order the help overlay lists them.
pub static BINDINGS: &[Binding] = &[
    Binding {
        keys: &[key('j'), special(KeyCode::Down)],
        scope: Scope::Article,
        action: Action::Scroll(1),
        help: "scroll down a line",
    },
    Binding {
        keys: &[key('k'), special(KeyCode::Up)],
        scope: Scope::Article,
        action: Action::Scroll(-1),
        help: "scroll up a line",
    },
    Binding {
        keys: &[key(' '), special(KeyCode::PageDown)],
        scope: Scope::Everywhere,
        action: Action::Page(1),
        help: "page down",
    },
    Binding {
        keys: &[key('b'), special(KeyCode::PageUp)],
        scope: Scope::Everywhere,
        action: Action::Page(-1),
        help: "page up",
    },
    Binding {
        keys: &[ctrl('d')],
        scope: Scope::Everywhere,
        action: Action::HalfPage(1),
        help: "half a page down",
    },
    Binding {
        keys: &[ctrl('u')],
        scope: Scope::Everywhere,
        action: Action::HalfPage(-1),
        help: "half a page up",
    },
    Binding {
        keys: &[key('g'), special(KeyCode::Home)],
        scope: Scope::Everywhere,
        action: Action::Top,
        help: "top of the article",
    },
    Binding {
        keys: &[key('G'), special(KeyCode::End)],
        scope: Scope::Everywhere,
        action: Action::Bottom,
        help: "end of the article",
    },
    Binding {
        keys: &[key(']')],
        scope: Scope::Everywhere,
        action: Action::NextAttribution,
        help: "next attribution (the chosen speaker's only)",
    },
    Binding {
        keys: &[key('[')],
        scope: Scope::Everywhere,
        action: Action::PrevAttribution,
        help: "previous attribution (the chosen speaker's only)",
    },
    Binding {
        keys: &[key('}')],
        scope: Scope::Everywhere,
        action: Action::NextSpeaker,
        help: "choose the next speaker, jump to their first quote",
    },
    Binding {
        keys: &[key('{')],
        scope: Scope::Everywhere,
        action: Action::PrevSpeaker,
        help: "choose the previous speaker, jump to their first quote",
    },
    Binding {
        keys: &[special(KeyCode::Tab), special(KeyCode::BackTab)],
        scope: Scope::Everywhere,
        action: Action::SwitchFocus,
        help: "move focus between article and panel",
    },
    Binding {
        keys: &[key('j'), special(KeyCode::Down)],
        scope: Scope::Panel,
        action: Action::PanelMove(1),
        help: "panel: next speaker",
    },
    Binding {
        keys: &[key('k'), special(KeyCode::Up)],
        scope: Scope::Panel,
        action: Action::PanelMove(-1),
        help: "panel: previous speaker",
    },
    Binding {
        keys: &[special(KeyCode::Enter)],
        scope: Scope::Panel,
        action: Action::Choose,
        help: "panel: choose that speaker, jump to their first quote",
    },
    Binding {
        keys: &[key('p')],
        scope: Scope::Everywhere,
        action: Action::TogglePanel,
        help: "show or hide the speakers panel",
    },
    Binding {
        keys: &[key('/')],
        scope: Scope::Everywhere,
        action: Action::StartSearch,
        help: "search (type, then Enter)",
    },
    Binding {
        keys: &[key('n')],
        scope: Scope::Everywhere,
        action: Action::NextMatch,
        help: "next match",
    },
    Binding {
        keys: &[key('N')],
        scope: Scope::Everywhere,
        action: Action::PrevMatch,
        help: "previous match",
    },
    Binding {
        keys: &[special(KeyCode::Esc)],
        scope: Scope::Everywhere,
        action: Action::Clear,
        help: "clear the chosen speaker, search or overlay",
    },
    Binding {
        keys: &[key('t')],
        scope: Scope::Everywhere,
        action: Action::NextTheme,
        help: "next theme",
    },
    Binding {
        keys: &[key('?')],
        scope: Scope::Everywhere,
        action: Action::ToggleHelp,
        help: "this help",
    },
    Binding {
        keys: &[key('q'), ctrl('c')],
        scope: Scope::Everywhere,
        action: Action::Quit,
        help: "quit",
    },
];

/// A key event as the table sees it, or `None` for releases and repeats of nothing.
fn normalise(event: KeyEvent) -> Option<Key> {
    if event.kind == KeyEventKind::Release {
        return None;
    }
    // Terminals report `G` as Char('G') with SHIFT, and Shift-Tab as BackTab with SHIFT:
    // the character or code already says it.
    Some(Key {
        code: event.code,
        ctrl: event.modifiers.contains(KeyModifiers::CONTROL),
    })
}

/// What a key does with the article (`panel == false`) or the side panel focused.
pub fn action(event: KeyEvent, panel: bool) -> Option<Action> {
    let key = normalise(event)?;
    let focused = if panel { Scope::Panel } else { Scope::Article };
    BINDINGS
        .iter()
        .find(|b| (b.scope == focused || b.scope == Scope::Everywhere) && b.keys.contains(&key))
        .map(|b| b.action.clone())
}

/// What a key does while a search pattern is being typed.
pub fn search_action(event: KeyEvent) -> Option<Action> {
    let key = normalise(event)?;
    match key {
        Key {
            code: KeyCode::Char('c'),
            ctrl: true,
        } => Some(Action::Quit),
        Key {
            code: KeyCode::Char(c),
            ctrl: false,
        } => Some(Action::SearchInput(c)),
        Key {
            code: KeyCode::Backspace,
            ..
        } => Some(Action::SearchBackspace),
        Key {
            code: KeyCode::Enter,
            ..
        } => Some(Action::SearchSubmit),
        Key {
            code: KeyCode::Esc, ..
        } => Some(Action::SearchCancel),
        _ => None,
    }
}

/// How a key is written in the help: `Ctrl-d`, `Space`, `↓`.
pub fn name(key: Key) -> String {
    let base = match key.code {
        KeyCode::Char(' ') => "Space".to_string(),
        KeyCode::Char(c) => c.to_string(),
        KeyCode::Up => "↑".to_string(),
        KeyCode::Down => "↓".to_string(),
        KeyCode::PageUp => "PgUp".to_string(),
        KeyCode::PageDown => "PgDn".to_string(),
        KeyCode::BackTab => "Shift-Tab".to_string(),
        other => other.to_string(),
    };
    if key.ctrl {
        format!("Ctrl-{base}")
    } else {
        base
    }
}

/// The help overlay's rows: keys, and what they do.
pub fn help() -> Vec<(String, &'static str)> {
    BINDINGS
        .iter()
        .map(|b| {
            let keys: Vec<String> = b.keys.iter().map(|&k| name(k)).collect();
            (keys.join(" "), b.help)
        })
        .collect()
}

/// The first key bound to an action, as the help writes it.
pub fn keys_for(action: &Action) -> String {
    BINDINGS
        .iter()
        .find(|b| &b.action == action)
        .map_or_else(String::new, |b| name(b.keys[0]))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn press(code: KeyCode, modifiers: KeyModifiers) -> KeyEvent {
        KeyEvent::new(code, modifiers)
    }

    fn act(code: KeyCode, modifiers: KeyModifiers, panel: bool) -> Option<Action> {
        action(press(code, modifiers), panel)
    }

    #[test]
    fn shift_on_character_keys_is_ignored() {
        let shift = KeyModifiers::SHIFT;
        assert_eq!(act(KeyCode::Char('G'), shift, false), Some(Action::Bottom));
        assert_eq!(
            act(KeyCode::Char('N'), shift, false),
            Some(Action::PrevMatch)
        );
        assert_eq!(
            act(KeyCode::Char('}'), shift, false),
            Some(Action::NextSpeaker)
        );
        assert_eq!(
            act(KeyCode::Char('?'), shift, false),
            Some(Action::ToggleHelp)
        );
        assert_eq!(
            act(KeyCode::BackTab, shift, false),
            Some(Action::SwitchFocus)
        );
    }

    #[test]
    fn the_contract_keys_do_what_it_says() {
        let none = KeyModifiers::NONE;
        let ctl = KeyModifiers::CONTROL;
        let cases = [
            (KeyCode::Char('j'), none, Action::Scroll(1)),
            (KeyCode::Down, none, Action::Scroll(1)),
            (KeyCode::Char('k'), none, Action::Scroll(-1)),
            (KeyCode::Up, none, Action::Scroll(-1)),
            (KeyCode::Char(' '), none, Action::Page(1)),
            (KeyCode::PageDown, none, Action::Page(1)),
            (KeyCode::Char('b'), none, Action::Page(-1)),
            (KeyCode::PageUp, none, Action::Page(-1)),
            (KeyCode::Char('d'), ctl, Action::HalfPage(1)),
            (KeyCode::Char('u'), ctl, Action::HalfPage(-1)),
            (KeyCode::Char('g'), none, Action::Top),
            (KeyCode::Home, none, Action::Top),
            (KeyCode::End, none, Action::Bottom),
            (KeyCode::Char(']'), none, Action::NextAttribution),
            (KeyCode::Char('['), none, Action::PrevAttribution),
            (KeyCode::Char('{'), none, Action::PrevSpeaker),
            (KeyCode::Tab, none, Action::SwitchFocus),
            (KeyCode::Esc, none, Action::Clear),
            (KeyCode::Char('/'), none, Action::StartSearch),
            (KeyCode::Char('n'), none, Action::NextMatch),
            (KeyCode::Char('t'), none, Action::NextTheme),
            (KeyCode::Char('q'), none, Action::Quit),
            (KeyCode::Char('c'), ctl, Action::Quit),
        ];
        for (code, mods, want) in cases {
            assert_eq!(act(code, mods, false), Some(want), "{code:?}");
        }
    }

    #[test]
    fn the_panel_takes_its_own_keys_and_leaves_the_rest() {
        let none = KeyModifiers::NONE;
        assert_eq!(
            act(KeyCode::Char('j'), none, true),
            Some(Action::PanelMove(1))
        );
        assert_eq!(act(KeyCode::Enter, none, true), Some(Action::Choose));
        assert_eq!(act(KeyCode::Enter, none, false), None);
        assert_eq!(
            act(KeyCode::Char(']'), none, true),
            Some(Action::NextAttribution)
        );
    }

    #[test]
    fn no_key_is_bound_twice_in_one_scope() {
        for (i, a) in BINDINGS.iter().enumerate() {
            for b in &BINDINGS[i + 1..] {
                let clash = a.scope == b.scope
                    || a.scope == Scope::Everywhere
                    || b.scope == Scope::Everywhere;
                for k in a.keys {
                    assert!(!(clash && b.keys.contains(k)), "{} bound twice", name(*k));
                }
            }
        }
    }

    #[test]
    fn help_names_every_binding() {
        let help = help();
        assert_eq!(help.len(), BINDINGS.len());
        assert!(help
            .iter()
            .any(|(k, h)| k == "]" && h.contains("next attribution")));
        assert!(help.iter().any(|(k, _)| k == "Ctrl-d"));
        assert!(help.iter().any(|(k, _)| k == "Space PgDn"));
        assert!(help.iter().any(|(k, _)| k == "Tab Shift-Tab"));
        assert_eq!(keys_for(&Action::TogglePanel), "p");
        assert_eq!(keys_for(&Action::Quit), "q");
    }

    #[test]
    fn typing_a_search_takes_every_character() {
        let none = KeyModifiers::NONE;
        let q = search_action(press(KeyCode::Char('q'), none));
        assert_eq!(q, Some(Action::SearchInput('q')));
        let big_k = search_action(press(KeyCode::Char('K'), KeyModifiers::SHIFT));
        assert_eq!(big_k, Some(Action::SearchInput('K')));
        let esc = search_action(press(KeyCode::Esc, none));
        assert_eq!(esc, Some(Action::SearchCancel));
    }
}
