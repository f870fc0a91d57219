// Watches a folder tree for --watch by watching every folder in it, not its files. Node 20's own recursive watcher
// on Linux follows each file's inode, so a file saved by rename (write a temporary file, rename it over the old
// one, as many editors do) was seen once and never again. A folder's watch reports changes to any name in it,
// whichever inode the name points to, and new sub-folders are watched as they appear.
import { watch as fsWatch, readdirSync, statSync, type FSWatcher } from 'node:fs';
import { basename, join, sep } from 'node:path';

/** The folders the file walk skips (io/lint-files.ts): hidden ones and build or package folders. */
const SKIP = new Set(['node_modules', 'dist', '.cache']);
const skipped = (name: string): boolean => name.startsWith('.') || SKIP.has(name);

export interface TreeWatcher {
  close: () => void;
  /** The folders being watched (for tests). */
  folders: () => string[];
}

/** Calls `onChange` with the path of every name that changes anywhere under `root`. */
export function watchTree(root: string, onChange: (path: string) => void): TreeWatcher {
  const watchers = new Map<string, FSWatcher>();
  const forget = (dir: string): void => {
    for (const [d, w] of watchers) {
      if (d === dir || d.startsWith(dir + sep)) { w.close(); watchers.delete(d); }
    }
  };
  const add = (dir: string): void => {
    if (watchers.has(dir)) return;
    let w: FSWatcher;
    try {
      w = fsWatch(dir, (_event, name) => {
        if (!name) return;
        const path = join(dir, name.toString());
        onChange(path);
        // A folder that appeared (created, or renamed into place) is watched; one that went away is forgotten.
        let isDir: boolean;
        try { isDir = statSync(path).isDirectory(); } catch { forget(path); return; }
        if (isDir && !skipped(basename(path))) add(path);
      });
    } catch {
      return; // gone already, or not readable: nothing to watch
    }
    w.on('error', () => forget(dir));
    watchers.set(dir, w);
    let entries;
    try { entries = readdirSync(dir, { withFileTypes: true }); } catch { return; }
    for (const e of entries) if (e.isDirectory() && !skipped(e.name)) add(join(dir, e.name));
  };
  add(root);
  return {
    close: () => { for (const w of watchers.values()) w.close(); watchers.clear(); },
    folders: () => [...watchers.keys()].sort(),
  };
}
