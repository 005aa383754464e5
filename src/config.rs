//! Where whosaid's configuration lives: `$XDG_CONFIG_HOME/whosaid` when that variable is an
//! absolute path, else `~/.config/whosaid` — on every Unix, macOS included, because terminal
//! users expect dotfiles there rather than in `~/Library/Application Support`.

use std::ffi::OsString;
use std::path::{Path, PathBuf};

/// The config dir from the environment, or `None` when there is no home directory to put
/// it in.
pub fn config_dir() -> Option<PathBuf> {
    let home = directories::BaseDirs::new().map(|dirs| dirs.home_dir().to_path_buf());
    config_dir_from(std::env::var_os("XDG_CONFIG_HOME"), home.as_deref())
}

/// [`config_dir`] from explicit values. A relative or empty `XDG_CONFIG_HOME` is ignored, as
/// the XDG Base Directory specification says.
pub fn config_dir_from(xdg_config_home: Option<OsString>, home: Option<&Path>) -> Option<PathBuf> {
    let base = xdg_config_home
        .map(PathBuf::from)
        .filter(|p| p.is_absolute())
        .or_else(|| home.map(|h| h.join(".config")))?;
    Some(base.join("whosaid"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn xdg_config_home_wins_when_absolute() {
        assert_eq!(
            config_dir_from(Some("/x/conf".into()), Some(Path::new("/home/u"))),
            Some(PathBuf::from("/x/conf/whosaid"))
        );
    }

    #[test]
    fn relative_or_empty_xdg_falls_back_to_home() {
        for xdg in ["", "rel/conf"] {
            assert_eq!(
                config_dir_from(Some(xdg.into()), Some(Path::new("/home/u"))),
                Some(PathBuf::from("/home/u/.config/whosaid"))
            );
        }
    }

    #[test]
    fn no_home_and_no_xdg_means_no_config_dir() {
        assert_eq!(config_dir_from(None, None), None);
    }
}
