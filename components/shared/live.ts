import { useEffect, useState } from 'preact/hooks';

/**
 * A stored value kept current: loaded once, then replaced by every change the watcher reports,
 * whoever made it (another page, the content script). A change reported while the first load is
 * still running is newer than what that load returns, so the load's result is then dropped.
 */
export function useLive<T>(load: () => Promise<T>, watch: (callback: (value: T) => void) => () => void): T | undefined {
  const [value, setValue] = useState<T | undefined>(undefined);
  useEffect(() => {
    let live = true;
    let changed = false;
    const unwatch = watch((next) => {
      changed = true;
      if (live) setValue(next);
    });
    void load().then((first) => {
      if (live && !changed) setValue(first);
    });
    return () => {
      live = false;
      unwatch();
    };
  }, [load, watch]);
  return value;
}
