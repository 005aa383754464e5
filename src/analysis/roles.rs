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

use super::countries::CountryMatcher;
use super::names::tables;
use super::tokens::{tokenize, Token};
use super::words::{is_capitalized, with_lower};
use super::Role;
use crate::article::Span;
use crate::lexicon::lexicon;

/// What a description says about a role, piece by piece.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct RoleEvidence {
    /// The role of the first title with one; `Some(None)` for a neutral title.
    pub title: Option<Option<Role>>,
    pub institution: Option<Role>,
    pub country: bool,
    pub expert_title: bool,
    /// A seat held or sought by election (`MP`, `candidate`): official, whatever body.
    pub office_title: bool,
}

impl RoleEvidence {
    pub fn role(self) -> Option<Role> {
        if self.expert_title {
            return Some(Role::Expert);
        }
        if self.office_title {
            return Some(Role::Official);
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
    let mut tokens = Vec::new();
    tokenize(desc, Span::new(0, desc.len()), &mut tokens);
    let mut ev = words_evidence_in(desc, &tokens);
    let mut hits = Vec::new();
    CountryMatcher::get().find(desc, Span::new(0, desc.len()), &tokens, &mut hits);
    ev.country = !hits.is_empty();
    ev
}

/// The titles and institutions in a stretch of a block's tokens; the caller, which knows
/// the block's countries already, says whether one is named there.
pub fn words_evidence_in(text: &str, tokens: &[Token]) -> RoleEvidence {
    let t = tables();
    let mut ev = RoleEvidence::default();
    let mut past_head = false;
    let mut i = 0;
    while i < tokens.len() {
        if let Some((len, (r, office))) = t.titles.longest_at(text, tokens, i) {
            ev.expert_title |= r == Some(Role::Expert);
            ev.office_title |= office;
            // (`JCS spokesperson Col. Han`: a neutral title gives way to a later one's role.)
            if ev.title.flatten().is_none() && (r.is_some() || ev.title.is_none()) {
                ev.title = Some(r);
            }
            i += len;
            // The post's field names no institution (`Cabinet Secretary for Investments,
            // Trade and Industry`, where `Investments` heads firms' names elsewhere).
            if tokens
                .get(i)
                .is_some_and(|t| matches!(t.text(text), "for" | "of"))
            {
                i += 1;
                while tokens.get(i).is_some_and(|t| {
                    let w = t.text(text);
                    matches!(w, "," | "and") || super::names::is_portfolio_word(w)
                }) {
                    i += 1;
                }
            }
            continue;
        }
        // A description ends on its head (`the Union power ministry`: a ministry, `a
        // government clinic`: a clinic), a phrase with `of` or `de` starts with it
        // (`Ministry of Police`, `Syndicat … de la Police`): a later body word in lower
        // case counts until such a connector. In a name the first one decides
        // (`Football League Officials Board`).
        let described = !is_capitalized(tokens[i].text(text)) && !past_head;
        if ev.institution.is_none() || described {
            if let Some((len, r)) = t.institutions.longest_at(text, tokens, i) {
                ev.institution = Some(r);
                i += len;
                continue;
            }
        }
        if ev.institution.is_some()
            && matches!(
                tokens[i].text(text),
                "of" | "for" | "de" | "du" | "des" | "at" | "in" | "on" | ","
            )
        {
            past_head = true;
        }
        i += 1;
    }
    ev
}

/// The role a description implies, if any.
pub fn role_of(desc: &str) -> Option<Role> {
    evidence(desc).role()
}

/// A news outlet the lexicon knows (`Reuters`, `the BBC`), in any case.
pub fn is_outlet(name: &str) -> bool {
    with_lower(name, |l| lexicon().outlets_lower.contains(l))
}

/// A news outlet's name: a known one, or one ending as newspapers' names do (`Fleurieu
/// Ledger`).
pub fn is_news_name(name: &str) -> bool {
    is_outlet(name)
        || name
            .rsplit(' ')
            .next()
            .is_some_and(|last| lexicon().masthead_words.contains(last))
}

/// The role of an institution speaking by name: its lexicon entry or head word, a news
/// outlet (other).
pub fn institution_role(name: &str) -> Option<Role> {
    if is_outlet(name) {
        return Some(Role::Other);
    }
    super::names::institution_name_role(name).or_else(|| evidence(name).institution)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_description_ends_on_its_head_a_name_starts_with_it() {
        assert_eq!(role_of("the Union power ministry"), Some(Role::Official));
        assert_eq!(
            role_of("nurse at a government clinic in Ganta"),
            Some(Role::Other)
        );
        assert_eq!(
            role_of("Football League Officials Board"),
            Some(Role::Other)
        );
        assert_eq!(
            role_of("Cabinet Secretary for Investments, Trade and Industry"),
            Some(Role::Official)
        );
    }

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
    fn a_seat_by_election_is_official_whatever_the_body() {
        assert_eq!(
            role_of("a lawmaker from the Citizens Alliance for Reform"),
            Some(Role::Official)
        );
        assert_eq!(
            role_of("the opposition Liberty Progressive Alliance candidate in Nimba"),
            Some(Role::Official)
        );
        // A spokesman is not a seat: the body decides.
        assert_eq!(
            role_of("spokesman for the Citizens Alliance"),
            Some(Role::Other)
        );
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
