//! Pure work split over two cores: an import parses and checks its rows
//! on a second core while the first reads and writes the store (which only
//! one thread may use). Order is kept, and a panic on the helper is raised
//! on the caller, as if the work had run on one thread.

use std::thread;

/// Below this many items a second thread costs more than it saves.
const WORTH_A_THREAD: usize = 64;

/// `f` of each item, in order: the second half worked on another thread
/// while this one works the first.
pub(crate) fn map_halves<T: Sync, U: Send>(items: &[T], f: impl Fn(&T) -> U + Sync) -> Vec<U> {
    if items.len() < WORTH_A_THREAD {
        return items.iter().map(&f).collect();
    }
    let (first, second) = items.split_at(items.len() / 2);
    let f = &f;
    thread::scope(|s| {
        let later = s.spawn(move || second.iter().map(f).collect::<Vec<U>>());
        let mut done: Vec<U> = first.iter().map(f).collect();
        done.extend(joined(later.join()));
        done
    })
}

/// What a helper thread returned; its panic raised here.
pub(crate) fn joined<U>(result: thread::Result<U>) -> U {
    result.unwrap_or_else(|panic| std::panic::resume_unwind(panic))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn halves_keep_the_order() {
        let items: Vec<u32> = (0..1000).collect();
        let doubled = map_halves(&items, |i| i * 2);
        assert_eq!(doubled, items.iter().map(|i| i * 2).collect::<Vec<_>>());
        assert_eq!(map_halves(&items[..3], |i| i + 1), [1, 2, 3]);
    }
}
