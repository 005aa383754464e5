//! Roles from descriptions: a title (`Secretary of State`), an appositive (`spokesman for
//! the Chinese Embassy in Washington`) or an institution's name (`U.S. Department of
//! Agriculture`).
//!
//! The title alone is not enough: a spokesman for an embassy is an official, a spokesman
//! for a company is not. The rule, in order:
//! 1. an expert's title (`professor`, `researcher`, `fellow`) makes an expert;
//! 2. otherwise an institution named in the description decides (`Embassy`, `Ministry`,
//!    `military` → official; `University`, `Institute`, `think tank` → expert; a company,
//!    newspaper or church → other);
//! 3. otherwise the title's own role (`minister` → official, `coach` → other);
//! 4. otherwise a country in a neutral description (`Afghan envoy`) → official.

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};

use super::countries::CountryMatcher;
use super::Role;
use crate::article::Span;
use crate::lexicon::{lexicon, InstitutionMatch};

struct Matchers {
    titles: AhoCorasick,
    title_roles: Vec<Option<Role>>,
    institutions: AhoCorasick,
    institution_roles: Vec<Role>,
}

fn matchers() -> &'static Matchers {
    static M: std::sync::OnceLock<Matchers> = std::sync::OnceLock::new();
    M.get_or_init(|| {
        let lex = lexicon();
        let (titles, title_roles): (Vec<&str>, Vec<Option<Role>>) =
            lex.titles.iter().map(|(t, r)| (t.as_str(), *r)).unzip();
        let (institutions, institution_roles): (Vec<&str>, Vec<Role>) =
            lex.institutions.iter().map(|i| (i.phrase, i.role)).unzip();
        let build = |patterns: &[&str]| {
            AhoCorasickBuilder::new()
                .ascii_case_insensitive(true)
                .match_kind(MatchKind::LeftmostLongest)
                .build(patterns)
                .expect("lexicon compiles")
        };
        Matchers {
            titles: build(&titles),
            title_roles,
            institutions: build(&institutions),
            institution_roles,
        }
    })
}

fn whole_word(hay: &str, s: usize, e: usize) -> bool {
    !hay[..s]
        .chars()
        .next_back()
        .is_some_and(char::is_alphanumeric)
        && !hay[e..].chars().next().is_some_and(char::is_alphanumeric)
}

/// What a description says about a role, piece by piece.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct RoleEvidence {
    /// The role of the first title with one; `Some(None)` for a neutral title.
    pub title: Option<Option<Role>>,
    pub institution: Option<Role>,
    pub country: bool,
    pub expert_title: bool,
}

impl RoleEvidence {
    pub fn role(self) -> Option<Role> {
        if self.expert_title {
            return Some(Role::Expert);
        }
        if let Some(r) = self.institution {
            return Some(r);
        }
        match self.title {
            Some(Some(r)) => Some(r),
            Some(None) if self.country => Some(Role::Official),
            _ => None,
        }
    }

    pub fn is_empty(self) -> bool {
        self.title.is_none() && self.institution.is_none()
    }
}

/// Read the titles, institutions and countries in a description.
pub fn evidence(desc: &str) -> RoleEvidence {
    let m = matchers();
    let mut ev = RoleEvidence::default();
    for hit in m.titles.find_iter(desc) {
        if !whole_word(desc, hit.start(), hit.end()) {
            continue;
        }
        let r = m.title_roles[hit.pattern().as_usize()];
        if r == Some(Role::Expert) {
            ev.expert_title = true;
        }
        ev.title.get_or_insert(r);
    }
    for hit in m.institutions.find_iter(desc) {
        if whole_word(desc, hit.start(), hit.end()) {
            ev.institution = Some(m.institution_roles[hit.pattern().as_usize()]);
            break;
        }
    }
    let mut hits = Vec::new();
    CountryMatcher::get().find(desc, Span::new(0, desc.len()), &mut hits);
    ev.country = !hits.is_empty();
    ev
}

/// The role a description implies, if any.
pub fn role_of(desc: &str) -> Option<Role> {
    evidence(desc).role()
}

/// The role of an institution speaking by name: its lexicon entry or head word, a news
/// outlet (other), a country's government (official).
pub fn institution_role(name: &str) -> Option<Role> {
    let lex = lexicon();
    if lex.outlets_lower.contains(&name.to_lowercase()) {
        return Some(Role::Other);
    }
    if let Some(i) = lex
        .institutions
        .iter()
        .find(|i| i.matching == InstitutionMatch::Name && i.phrase.eq_ignore_ascii_case(name))
    {
        return Some(i.role);
    }
    evidence(name).institution
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn institution_decides_over_a_soft_title() {
        assert_eq!(
            role_of("spokesman for the Chinese Embassy in Washington"),
            Some(Role::Official)
        );
        assert_eq!(
            role_of("Korean chairman at the Center for Strategic and International Studies"),
            Some(Role::Expert)
        );
        assert_eq!(role_of("spokesman for Microsoft"), Some(Role::Other));
    }

    #[test]
    fn titles_alone() {
        assert_eq!(role_of("Secretary of State"), Some(Role::Official));
        assert_eq!(role_of("Defense Secretary"), Some(Role::Official));
        assert_eq!(
            role_of("an international relations expert at China’s Renmin University"),
            Some(Role::Expert)
        );
        assert_eq!(role_of("Panama coach"), Some(Role::Other));
        assert_eq!(role_of("English captain"), Some(Role::Other));
        assert_eq!(role_of("coauthor"), Some(Role::Expert));
        assert_eq!(role_of("Crown prosecutor"), Some(Role::Official));
        assert_eq!(role_of("an Ottawa New Democrat MP"), Some(Role::Official));
    }

    #[test]
    fn institutions_by_name() {
        assert_eq!(
            institution_role("U.S. Department of Agriculture"),
            Some(Role::Official)
        );
        assert_eq!(institution_role("Sydney Morning Herald"), Some(Role::Other));
    }
}
