// Command gendict writes the segmenter's dictionaries: the most frequent
// words of jieba's dictionary as shipped in the gojieba module, and the
// user dictionary built from the project's lexicons. It runs from go
// generate in parser/segment:
//
//	go run ./gendict -n 40000 -o dict/jieba.utf8 -user dict/user.utf8 -tags dict/tags.bin
package main

import (
	"bufio"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strconv"
	"strings"

	"bulletin/parser/segment"
)

func main() {
	n := flag.Int("n", 40000, "how many of the most frequent words to keep")
	out := flag.String("o", "dict/jieba.utf8", "output file")
	user := flag.String("user", "", "also write the user dictionary built from the lexicons to this file")
	tags := flag.String("tags", "", "also write the tag table of the dictionary (-o) and the user dictionary (-user) to this file")
	flag.Parse()
	if *user != "" {
		if err := os.WriteFile(*user, segment.UserDict(), 0o644); err != nil {
			fail(err)
		}
	}
	dir, err := exec.Command("go", "list", "-m", "-f", "{{.Dir}}", "github.com/yanyiwu/gojieba").Output()
	if err != nil {
		fail(fmt.Errorf("locating gojieba: %w", err))
	}
	src := filepath.Join(strings.TrimSpace(string(dir)), "deps", "cppjieba", "dict", "jieba.dict.utf8")
	f, err := os.Open(src)
	if err != nil {
		fail(err)
	}
	defer f.Close()
	type entry struct {
		line string
		freq int
	}
	var all []entry
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		fields := strings.Fields(sc.Text())
		if len(fields) != 3 {
			continue
		}
		freq, err := strconv.Atoi(fields[1])
		if err != nil {
			continue
		}
		all = append(all, entry{sc.Text(), freq})
	}
	if err := sc.Err(); err != nil {
		fail(err)
	}
	sort.SliceStable(all, func(i, j int) bool { return all[i].freq > all[j].freq })
	if *n < len(all) {
		all = all[:*n]
	}
	sort.SliceStable(all, func(i, j int) bool { return all[i].line < all[j].line })
	var b strings.Builder
	for _, e := range all {
		b.WriteString(e.line)
		b.WriteByte('\n')
	}
	if err := os.WriteFile(*out, []byte(b.String()), 0o644); err != nil {
		fail(err)
	}
	if *tags != "" {
		var u []byte
		if *user != "" {
			u = segment.UserDict()
		}
		t, err := segment.TagIndex([]byte(b.String()), u)
		if err != nil {
			fail(err)
		}
		if err := os.WriteFile(*tags, t, 0o644); err != nil {
			fail(err)
		}
	}
}

func fail(err error) {
	fmt.Fprintln(os.Stderr, "gendict:", err)
	os.Exit(1)
}
