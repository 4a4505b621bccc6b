package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
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

// expandInputs turns arguments into inputs: files as they are, folders
// walked for documents by their names (filtered by include and exclude
// globs matched against the base name and the path below the folder), - for
// standard input. A missing path or a folder with nothing to parse becomes
// an input that failed, so it is reported in its place and the rest go on.
// Symbolic links are followed, in folders too, with a link back to a folder
// already on the way skipped; FIFOs, sockets and devices found in folders
// are skipped with a word, since reading one could block forever.
func expandInputs(args, include, exclude []string) []input {
	var out []input
	for _, a := range args {
		if a == "-" {
			out = append(out, input{Path: "-", Rel: "stdin"})
			continue
		}
		st, err := os.Stat(a)
		if err != nil {
			out = append(out, input{Path: a, Rel: filepath.Base(a), Err: pathError(err)})
			continue
		}
		if !st.IsDir() {
			out = append(out, input{Path: a, Rel: filepath.Base(a)})
			continue
		}
		w := walker{root: a, include: include, exclude: exclude, onPath: map[fileID]bool{}}
		w.walk(a, st)
		if w.documents == 0 {
			out = append(out, w.found...)
			out = append(out, input{Path: a, Rel: filepath.Base(a), Err: errNoTextFiles})
			continue
		}
		sort.SliceStable(w.found, func(i, j int) bool { return w.found[i].Path < w.found[j].Path })
		out = append(out, w.found...)
	}
	return out
}

// walker walks one folder given as an argument.
type walker struct {
	root             string
	include, exclude []string
	onPath           map[fileID]bool // the folders from the root down to here
	found            []input
	documents        int
}

// walk visits the folder dir, whose stat (through links) is st.
func (w *walker) walk(dir string, st os.FileInfo) {
	id, ok := idOf(st)
	if ok {
		if w.onPath[id] {
			w.skip(dir, "a link back to a folder above it")
			return
		}
		w.onPath[id] = true
		defer delete(w.onPath, id)
	}
	entries, err := os.ReadDir(dir)
	if err != nil {
		w.found = append(w.found, input{Path: dir, Rel: rel(w.root, dir), Err: pathError(err)})
	}
	for _, e := range entries {
		p := filepath.Join(dir, e.Name())
		mode := e.Type()
		var info os.FileInfo
		if mode&fs.ModeSymlink != 0 {
			if info, err = os.Stat(p); err != nil {
				w.skip(p, "a broken link")
				continue
			}
			mode = info.Mode().Type()
		}
		switch {
		case mode.IsDir():
			if info == nil {
				if info, err = os.Stat(p); err != nil {
					w.found = append(w.found, input{Path: p, Rel: rel(w.root, p), Err: pathError(err)})
					continue
				}
			}
			w.walk(p, info)
		case !mode.IsRegular():
			if documentFile(p) {
				w.skip(p, "not a regular file ("+kindOf(mode)+")")
			}
		case documentFile(p) && selected(rel(w.root, p), w.include, w.exclude):
			w.found = append(w.found, input{Path: p, Rel: rel(w.root, p)})
			w.documents++
		}
	}
}

func (w *walker) skip(p, why string) {
	w.found = append(w.found, input{Path: p, Rel: rel(w.root, p), Err: errors.New("skipped: " + why), Skipped: true})
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

// selected applies the --include and --exclude globs to a path below its
// folder: a glob matches the path or its base name.
func selected(r string, include, exclude []string) bool {
	match := func(globs []string) bool {
		for _, g := range globs {
			if ok, _ := filepath.Match(g, r); ok {
				return true
			}
			if ok, _ := filepath.Match(g, filepath.Base(r)); ok {
				return true
			}
		}
		return false
	}
	if len(include) > 0 && !match(include) {
		return false
	}
	return !match(exclude)
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
		if _, err := filepath.Match(g, ""); err != nil {
			return fmt.Errorf("bad glob %q: %w", g, err)
		}
	}
	return nil
}
