package main

import (
	"os"
	"path/filepath"
	"slices"
	"testing"
)

// The lazy walk, folder by folder, gives the order of the whole tree's
// paths sorted, as the walk that listed everything first did: a-b.txt
// before a/x.txt, a/x.txt before a0.txt.
func TestWalkOrderIsPathOrder(t *testing.T) {
	root := t.TempDir()
	files := []string{"a/x.txt", "a-b.txt", "a.b/y.md", "a0.txt", "ab/c/z.txt", "ab.txt", "a b.txt", "ab/c.txt", "ab/c-d/e.txt", "z.TXT", "B.txt"}
	for _, f := range files {
		p := filepath.Join(root, filepath.FromSlash(f))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte("x"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want := make([]string, len(files))
	for i, f := range files {
		want[i] = filepath.Join(root, filepath.FromSlash(f))
	}
	slices.Sort(want)
	// Folders read in one window, and again for each next window of a few
	// names, as a folder larger than folderWindow is.
	defer func(w int) { folderWindow = w }(folderWindow)
	for _, window := range []int{folderWindow, 3, 1} {
		folderWindow = window
		set := &inputSet{args: []string{root}}
		var got []string
		for in := range set.all() {
			if in.Err != nil {
				t.Fatalf("%s: %v", in.Path, in.Err)
			}
			got = append(got, in.Path)
		}
		if !slices.Equal(got, want) {
			t.Errorf("window %d: walk order\n got %q\nwant %q", window, got, want)
		}
	}
}

func TestComparePaths(t *testing.T) {
	for _, c := range []struct {
		a    string
		aDir bool
		b    string
		bDir bool
		want int
	}{
		{"a", true, "a-b.txt", false, 1}, // a/… after a-b.txt
		{"a", true, "a0.txt", false, -1}, // a/… before a0.txt
		{"a", false, "a.txt", false, -1}, // a prefix sorts first
		{"ab", true, "ab.txt", false, 1}, // ab/ after ab.txt ('.' < '/')
		{"b", false, "a", true, 1},       // first byte decides
		{"abc", false, "ab", true, 1},    // 'c' sorts after '/'
	} {
		got := comparePaths([]byte(c.a), c.aDir, []byte(c.b), c.bDir)
		want := c.want
		if got != want {
			t.Errorf("comparePaths(%q %v, %q %v) = %d, want %d", c.a, c.aDir, c.b, c.bDir, got, want)
		}
	}
}
