package page

import (
	"bytes"
	"crypto/sha256"
	"encoding/base64"
	"html"
	"regexp"
	"strings"
	"sync"
	"testing"
)

var (
	cspMeta  = regexp.MustCompile(`<meta http-equiv="Content-Security-Policy" content="([^"]*)">`)
	inlineJS = regexp.MustCompile(`(?s)<script>(.*?)</script>`)
)

// checkPolicy: the page's policy names the hash of each of its scripts, so
// that a browser runs them.
func checkPolicy(t *testing.T, page string) {
	t.Helper()
	m := cspMeta.FindStringSubmatch(page)
	if m == nil {
		t.Fatal("no Content-Security-Policy in the page")
	}
	policy := html.UnescapeString(m[1])
	scripts := inlineJS.FindAllStringSubmatch(page, -1)
	if len(scripts) == 0 {
		t.Fatal("no script in the page")
	}
	for _, s := range scripts {
		sum := sha256.Sum256([]byte(s[1]))
		if h := "'sha256-" + base64.StdEncoding.EncodeToString(sum[:]) + "'"; !strings.Contains(policy, h) {
			t.Errorf("policy %q does not name the page's script %s", policy, h)
		}
	}
}

// TestTemplatesFirstUse: the templates, loaded on first use rather than at
// init, draw both pages with a policy that lets their scripts run, whichever
// page is drawn first.
func TestTemplatesFirstUse(t *testing.T) {
	d := corpusDoc(t, "yunfu-2022-01")
	r, _ := corpusReport(t)
	pages := map[string]any{"view.html": buildView(d), "report.html": r.page()}
	for _, order := range [][]string{{"view.html", "report.html"}, {"report.html", "view.html"}} {
		tmpl := loadTemplates() // fresh, as at a command's first page
		for _, name := range order {
			var b bytes.Buffer
			if err := tmpl.ExecuteTemplate(&b, name, pages[name]); err != nil {
				t.Fatalf("%s: %v", name, err)
			}
			checkPolicy(t, b.String())
		}
	}
}

// TestTemplatesConcurrent: pages drawn at once from several goroutines
// through the shared templates all come out the same, and runnable.
func TestTemplatesConcurrent(t *testing.T) {
	d := corpusDoc(t, "yunfu-2022-01")
	var want bytes.Buffer
	if err := WriteView(&want, d); err != nil {
		t.Fatal(err)
	}
	var wg sync.WaitGroup
	for range 8 {
		wg.Go(func() {
			var b bytes.Buffer
			if err := WriteView(&b, d); err != nil {
				t.Error(err)
				return
			}
			if !bytes.Equal(b.Bytes(), want.Bytes()) {
				t.Error("a page drawn concurrently differs")
			}
			checkPolicy(t, b.String())
		})
	}
	wg.Wait()
}
