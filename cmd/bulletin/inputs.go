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
}

// errNoTextFiles is the failure of a folder that holds no text file.
var errNoTextFiles = errors.New("folder holds no .txt or .md files")

// expandInputs turns arguments into inputs: files as they are, folders
// walked for *.txt and *.md (filtered by include and exclude globs matched
// against the base name and the path below the folder), - for standard
// input. A missing path or a folder with nothing to parse becomes an input
// that failed, so it is reported in its place and the rest go on.
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
		var found []input
		werr := filepath.WalkDir(a, func(p string, d fs.DirEntry, err error) error {
			if err != nil {
				found = append(found, input{Path: p, Rel: rel(a, p), Err: pathError(err)})
				if d != nil && d.IsDir() {
					return fs.SkipDir
				}
				return nil
			}
			if d.IsDir() || !textFile(p) {
				return nil
			}
			r := rel(a, p)
			if !selected(r, include, exclude) {
				return nil
			}
			found = append(found, input{Path: p, Rel: r})
			return nil
		})
		if werr != nil {
			found = append(found, input{Path: a, Rel: filepath.Base(a), Err: pathError(werr)})
		}
		if len(found) == 0 {
			out = append(out, input{Path: a, Rel: filepath.Base(a), Err: errNoTextFiles})
			continue
		}
		sort.SliceStable(found, func(i, j int) bool { return found[i].Path < found[j].Path })
		out = append(out, found...)
	}
	return out
}

func textFile(p string) bool {
	ext := strings.ToLower(filepath.Ext(p))
	return ext == ".txt" || ext == ".md"
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
