package main

import (
	"bufio"
	"bytes"
	"cmp"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"iter"
	"math"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/bmatcuk/doublestar/v4"
)

// input is one document to parse, as named on the command line or found in
// a folder.
type input struct {
	Path string // as given or found; "-" for standard input
	Rel  string // the path below the folder it was found in, for -o DIR
	Err  error  // set when the argument itself failed (missing, empty folder)
	// Skipped marks a file a folder walk passed over (a FIFO, a link loop):
	// reported, but no failure.
	Skipped bool
}

// errNoTextFiles is the failure of a folder that holds no document.
var errNoTextFiles = errors.New("folder holds no documents (.txt, .md, .pdf, .docx, .doc, .html)")

// inputSet is what a run was asked to read: arguments (files, folders,
// quoted globs, - for standard input) and a list of paths from
// --files-from. Its documents are found lazily, as the parse asks for
// them, so that neither a folder of a million files nor a list read from a
// pipe is ever held whole: memory stays that of a window of names per
// level of folders.
type inputSet struct {
	args             []string
	include, exclude []string
	// filesFrom is the list of paths, one an entry, ended by sep (a
	// newline, or NUL with -0); listName is where it came from, for
	// errors.
	filesFrom io.Reader
	listName  string
	sep       byte
}

// several reports whether the inputs could be more than one document: more
// than one argument, a folder, a glob, a list of paths. JSON output is then
// an array even when one document is found, so a script reading it need
// not know in advance how many there were.
func (s *inputSet) several() bool {
	if len(s.args) != 1 || s.filesFrom != nil {
		return true
	}
	a := s.args[0]
	if a == "-" {
		return false
	}
	st, err := os.Stat(a)
	if err != nil {
		return isGlob(a)
	}
	return st.IsDir()
}

// all yields the inputs in order: the arguments as given, each folder's
// documents in the order of their paths, then the paths of the list.
func (s *inputSet) all() iter.Seq[input] {
	return func(yield func(input) bool) {
		for _, a := range s.args {
			if !s.expand(a, true, yield) {
				return
			}
		}
		if s.filesFrom != nil {
			s.list(yield)
		}
	}
}

// list yields the inputs of the --files-from list, read an entry at a time.
// An empty entry is passed over (find's output ends with a separator, and
// a blank line is no path); with newlines a trailing CR is dropped, for
// lists written on Windows.
func (s *inputSet) list(yield func(input) bool) {
	rd := bufio.NewReaderSize(s.filesFrom, 64<<10)
	for {
		line, err := rd.ReadBytes(s.sep)
		line = bytes.TrimSuffix(line, []byte{s.sep})
		if s.sep == '\n' {
			line = bytes.TrimSuffix(line, []byte{'\r'})
		}
		if len(line) > 0 && !s.expand(string(line), false, yield) {
			return
		}
		if err == io.EOF {
			return
		}
		if err != nil {
			yield(input{Path: s.listName, Rel: filepath.Base(s.listName), Err: fmt.Errorf("reading the --files-from list: %w", pathError(err))})
			return
		}
	}
}

// expand yields the inputs of one argument or list entry: a file as it is,
// a folder walked for documents by their names (filtered by the include and
// exclude globs), - for standard input, and on the command line a glob
// that names no file (quoted, for shells that do not expand them, or for
// **) expanded like a walk. A missing path or a folder with nothing to
// parse becomes an input that failed, so it is reported in its place and
// the rest go on. Symbolic links are followed, in folders too, with a link
// back to a folder already on the way skipped; FIFOs, sockets and devices
// found in folders are skipped with a word, since reading one could block
// forever. It returns false when yield asked to stop.
func (s *inputSet) expand(a string, arg bool, yield func(input) bool) bool {
	if a == "-" && arg {
		return yield(input{Path: "-", Rel: "stdin"})
	}
	st, err := os.Stat(a)
	if err != nil {
		if arg && isGlob(a) && errors.Is(err, fs.ErrNotExist) {
			return s.glob(a, yield)
		}
		return yield(input{Path: a, Rel: filepath.Base(a), Err: pathError(err)})
	}
	if !st.IsDir() {
		return yield(input{Path: a, Rel: filepath.Base(a)})
	}
	w := walker{root: a, include: s.include, exclude: s.exclude, onPath: map[fileID]bool{}, yield: yield}
	if !w.walk(a, st) {
		return false
	}
	switch {
	case w.documents > 0:
		return true
	case w.filtered > 0 || w.pruned > 0:
		return yield(input{Path: a, Rel: filepath.Base(a), Err: filteredOut(w.filtered, w.pruned)})
	}
	return yield(input{Path: a, Rel: filepath.Base(a), Err: errNoTextFiles})
}

// filteredOut is the failure of a folder or glob whose documents the
// filters all left out (files, and folders not walked): the message says
// it was the filters, not the folder, as ripgrep does when its globs match
// nothing.
func filteredOut(files, folders int) error {
	if folders > 0 {
		return fmt.Errorf("--include/--exclude left no document (%d files and %d folders left out)", files, folders)
	}
	docs := "documents"
	if files == 1 {
		docs = "document"
	}
	return fmt.Errorf("--include/--exclude left none of its %d %s", files, docs)
}

// isGlob reports whether a path has glob characters: an argument that
// names no file but has them is taken for a glob.
func isGlob(p string) bool { return strings.ContainsAny(p, "*?[{") }

// glob yields the documents a quoted glob matches, in the order of their
// paths, filtered as a folder's are; a glob matching none is a failure.
// Links to folders are not followed by **, which could loop.
func (s *inputSet) glob(pattern string, yield func(input) bool) bool {
	base, pat := doublestar.SplitPattern(filepath.ToSlash(pattern))
	documents, filtered := 0, 0
	stopped := false
	err := doublestar.GlobWalk(os.DirFS(filepath.FromSlash(base)), pat, func(p string, d fs.DirEntry) error {
		full := filepath.Join(filepath.FromSlash(base), filepath.FromSlash(p))
		if !documentFile(p) {
			return nil
		}
		if !d.Type().IsRegular() && d.Type()&fs.ModeSymlink == 0 {
			if !yield(input{Path: full, Rel: p, Err: errors.New("skipped: not a regular file (" + kindOf(d.Type()) + ")"), Skipped: true}) {
				stopped = true
				return fs.SkipAll
			}
			return nil
		}
		if !selected(p, s.include, s.exclude) {
			filtered++
			return nil
		}
		documents++
		if !yield(input{Path: full, Rel: p}) {
			stopped = true
			return fs.SkipAll
		}
		return nil
	}, doublestar.WithFilesOnly(), doublestar.WithNoFollow())
	switch {
	case stopped:
		return false
	case err != nil:
		return yield(input{Path: pattern, Rel: filepath.Base(pattern), Err: err})
	case documents > 0:
		return true
	case filtered > 0:
		return yield(input{Path: pattern, Rel: filepath.Base(pattern), Err: filteredOut(filtered, 0)})
	}
	return yield(input{Path: pattern, Rel: filepath.Base(pattern), Err: errors.New("no document matches the glob")})
}

// walker walks one folder given as an argument, yielding as it goes.
type walker struct {
	root             string
	include, exclude []string
	onPath           map[fileID]bool // the folders from the root down to here
	yield            func(input) bool
	documents        int // yielded to be parsed
	filtered         int // documents the globs left out
	pruned           int // folders --exclude left out
}

// folderWindow is how many entries of one folder a walk holds at once. A
// folder with more is read again for each next window of names (a read of
// a folder's names costs a hundredth of parsing its files), so that a flat
// folder of a million files costs the memory of one of 16,000.
var folderWindow = 16384

// folderList is a window of one folder's entries, in the order of the
// paths below it, the names in one block of bytes and per entry where its
// name is and its type: 16,384 entries cost under 1 MB, where os.ReadDir's
// would cost 3.
type folderList struct {
	names   []byte
	entries []entry
}

// entry is one name of a folder being walked, with its type through links.
type entry struct {
	off    uint32
	n      uint16
	broken bool        // a link whose target cannot be read
	mode   fs.FileMode // the type, of the link's target for a link
}

func (l *folderList) name(e entry) []byte { return l.names[e.off : e.off+uint32(e.n)] }

func (l *folderList) add(name string, e entry) {
	e.off, e.n = uint32(len(l.names)), uint16(len(name))
	l.names = append(l.names, name...)
	l.entries = append(l.entries, e)
}

// keep sorts the entries and keeps the first n, in a block of names of
// their own; it returns the first entry left out (its name copied), if any.
func (l *folderList) keep(n int) (first []byte, firstDir bool, dropped bool) {
	slices.SortFunc(l.entries, func(a, b entry) int {
		return comparePaths(l.name(a), isFolder(a), l.name(b), isFolder(b))
	})
	if len(l.entries) > n {
		e := l.entries[n]
		first, firstDir, dropped = slices.Clone(l.name(e)), isFolder(e), true
	}
	kept := &folderList{names: make([]byte, 0, len(l.names))}
	for _, e := range l.entries[:min(n, len(l.entries))] {
		kept.add(string(l.name(e)), e)
	}
	// Held while everything below them is parsed: no room to spare.
	l.names, l.entries = slices.Clip(kept.names), slices.Clip(kept.entries)
	return first, firstDir, dropped
}

// walk visits the folder dir, whose stat (through links) is st, and
// returns false when yield asked to stop. Each folder's entries are read
// and sorted on their own, with a folder's name sorting as if followed by
// its separator: the order is that of the whole tree's paths sorted, as
// when the walk listed everything first, while only a window of one
// folder's names is held per level.
func (w *walker) walk(dir string, st os.FileInfo) bool {
	id, ok := idOf(st)
	if ok {
		if w.onPath[id] {
			return w.skip(dir, "a link back to a folder above it")
		}
		w.onPath[id] = true
		defer delete(w.onPath, id)
	}
	var after []byte // the last entry visited: the next window starts past it
	afterDir, started := false, false
	for {
		list, more, err := readFolder(dir, after, afterDir, started)
		if err != nil {
			if !w.yield(input{Path: dir, Rel: rel(w.root, dir), Err: pathError(err)}) {
				return false
			}
		}
		for _, e := range list.entries {
			if !w.visit(filepath.Join(dir, string(list.name(e))), e) {
				return false
			}
		}
		if !more || err != nil || len(list.entries) == 0 {
			return true
		}
		last := list.entries[len(list.entries)-1]
		after, afterDir, started = slices.Clone(list.name(last)), isFolder(last), true
	}
}

// visit handles one entry of a folder being walked.
func (w *walker) visit(p string, e entry) bool {
	switch {
	case e.broken:
		return w.skip(p, "a broken link")
	case e.mode.IsDir():
		if excluded(rel(w.root, p), w.exclude) {
			w.pruned++
			return true
		}
		info, err := os.Stat(p)
		if err != nil {
			return w.yield(input{Path: p, Rel: rel(w.root, p), Err: pathError(err)})
		}
		return w.walk(p, info)
	case !documentFile(p):
		return true
	case !e.mode.IsRegular():
		return w.skip(p, "not a regular file ("+kindOf(e.mode)+")")
	case !selected(rel(w.root, p), w.include, w.exclude):
		w.filtered++
		return true
	}
	w.documents++
	return w.yield(input{Path: p, Rel: rel(w.root, p)})
}

// readFolder reads the next window of a folder's entries: the first
// folderWindow of those that sort past after (all of them when not
// started), links resolved to their target's type, in the order of the
// paths below the folder: a folder's name sorts as if followed by its
// separator, so that a-b.txt comes before a/x.txt as the full paths sort.
// more says whether entries are left for another window. It reads a batch
// of names at a time, so that what the file system hands over is garbage
// at once. What could be read is returned with the error.
func readFolder(dir string, after []byte, afterDir, started bool) (l *folderList, more bool, err error) {
	l = &folderList{}
	f, err := os.Open(dir)
	if err != nil {
		return l, false, err
	}
	defer f.Close()
	var bound []byte // entries from here on sort past the window
	boundDir, bounded := false, false
	past := 0 // entries past after
	for {
		batch, rerr := f.ReadDir(1024)
		for _, d := range batch {
			name := d.Name()
			if len(name) > math.MaxUint16 {
				continue // no file system has such names
			}
			e := entry{mode: d.Type()}
			if d.Type()&fs.ModeSymlink != 0 {
				if info, err := os.Stat(filepath.Join(dir, name)); err != nil {
					e.broken = true
				} else {
					e.mode = info.Mode().Type()
				}
			}
			if started && comparePaths([]byte(name), isFolder(e), after, afterDir) <= 0 {
				continue
			}
			past++
			if bounded && comparePaths([]byte(name), isFolder(e), bound, boundDir) >= 0 {
				continue
			}
			l.add(name, e)
			if len(l.entries) >= 2*folderWindow {
				bound, boundDir, bounded = l.keep(folderWindow)
			}
		}
		if rerr == io.EOF {
			break
		}
		if rerr != nil {
			err = rerr
			break
		}
	}
	l.keep(folderWindow)
	return l, past > len(l.entries), err
}

func isFolder(e entry) bool { return e.mode.IsDir() && !e.broken }

// comparePaths compares two names of one folder as the paths below them
// sort: a folder's name as if followed by its separator.
func comparePaths(a []byte, aDir bool, b []byte, bDir bool) int {
	n := min(len(a), len(b))
	if c := bytes.Compare(a[:n], b[:n]); c != 0 {
		return c
	}
	next := func(name []byte, dir bool) int { // the byte after the common part
		switch {
		case len(name) > n:
			return int(name[n])
		case dir:
			return int(filepath.Separator)
		}
		return -1 // the name ends: it sorts first
	}
	return cmp.Compare(next(a, aDir), next(b, bDir))
}

func (w *walker) skip(p, why string) bool {
	return w.yield(input{Path: p, Rel: rel(w.root, p), Err: errors.New("skipped: " + why), Skipped: true})
}

func kindOf(m fs.FileMode) string {
	switch {
	case m&fs.ModeNamedPipe != 0:
		return "a FIFO"
	case m&fs.ModeSocket != 0:
		return "a socket"
	case m&fs.ModeDevice != 0, m&fs.ModeCharDevice != 0:
		return "a device"
	}
	return "special"
}

// documentExts are the names a folder's documents go by. A file named is
// read whatever its name, by its content; in a folder the name is what
// keeps images, spreadsheets and the like out.
var documentExts = map[string]bool{
	".txt": true, ".md": true, ".text": true,
	".pdf": true, ".docx": true, ".doc": true,
	".html": true, ".htm": true, ".shtml": true, ".xhtml": true,
}

func documentFile(p string) bool {
	return documentExts[strings.ToLower(filepath.Ext(p))]
}

func rel(root, p string) string {
	r, err := filepath.Rel(root, p)
	if err != nil {
		return filepath.Base(p)
	}
	return r
}

// selected applies the --include and --exclude globs to a file's path below
// its folder: a glob matches the path or its base name, ** any number of
// folders (doublestar's syntax, as .gitignore and ripgrep's -g write it).
// A glob ending in / names folders only.
func selected(r string, include, exclude []string) bool {
	r = filepath.ToSlash(r)
	if len(include) > 0 && !matchAny(include, r, false) {
		return false
	}
	return !matchAny(exclude, r, false)
}

// excluded reports whether --exclude leaves out a folder and all below
// it: a glob matching its path below the walked folder or its name, with
// or without a trailing /.
func excluded(r string, exclude []string) bool {
	return matchAny(exclude, filepath.ToSlash(r), true)
}

func matchAny(globs []string, r string, dir bool) bool {
	base := r[strings.LastIndexByte(r, '/')+1:]
	for _, g := range globs {
		if strings.HasSuffix(g, "/") {
			if !dir {
				continue
			}
			g = strings.TrimSuffix(g, "/")
		}
		if doublestar.MatchUnvalidated(g, r) || doublestar.MatchUnvalidated(g, base) {
			return true
		}
	}
	return false
}

// pathError keeps the reason of a file-system error without repeating the
// path, which the message names already.
func pathError(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// validGlobs checks the --include and --exclude patterns.
func validGlobs(globs []string) error {
	for _, g := range globs {
		if !doublestar.ValidatePattern(strings.TrimSuffix(g, "/")) {
			return fmt.Errorf("bad glob %q", g)
		}
	}
	return nil
}
