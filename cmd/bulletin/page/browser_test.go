package page

import (
	"bytes"
	"cmp"
	"context"
	"flag"
	"image"
	"image/color"
	"image/png"
	"maps"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"
)

// The pages are loaded in headless Chromium: the DOM it builds (scripts
// run, under the pages' Content-Security-Policy) is checked, and a
// screenshot of each is taken. Where Chromium is absent the tests skip,
// saying how to install it.

var screenshots = flag.String("screenshots", "", "write the browser tests' screenshots to this `folder` (testdata/docs keeps the README's)")

// chromium finds a Chromium to run, or skips the test.
func chromium(t *testing.T) string {
	t.Helper()
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome", "headless_shell"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	t.Skip("no Chromium on the PATH: the pages are not tested in a browser (apt-get install -y chromium fonts-noto-cjk)")
	return ""
}

// runChromium runs headless Chromium with a profile of its own, nothing
// fetched from a network, and args; it returns standard output.
func runChromium(t *testing.T, bin string, args ...string) []byte {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 90*time.Second)
	defer cancel()
	base := []string{"--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
		"--disable-background-networking", "--disable-component-update", "--disable-sync",
		"--user-data-dir=" + t.TempDir(), "--hide-scrollbars", "--virtual-time-budget=3000"}
	cmd := exec.CommandContext(ctx, bin, append(base, args...)...)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("chromium %v: %v\n%s", args, err, stderr.Bytes())
	}
	return out
}

// dumpDOM loads url and returns the DOM after its scripts ran.
func dumpDOM(t *testing.T, bin, url string) string {
	t.Helper()
	return string(runChromium(t, bin, "--dump-dom", url))
}

// screenshot loads url in a window of w×h and keeps a PNG of it: in the
// test's folder, and under -screenshots as name.
func screenshot(t *testing.T, bin, url, name string, w, h int) {
	t.Helper()
	dir := t.TempDir()
	shot := filepath.Join(dir, name)
	runChromium(t, bin, "--screenshot="+shot, "--window-size="+strconv.Itoa(w)+","+strconv.Itoa(h), url)
	f, err := os.Open(shot)
	if err != nil {
		t.Fatalf("no screenshot: %v", err)
	}
	img, err := png.Decode(f)
	f.Close()
	if err != nil {
		t.Fatalf("screenshot: %v", err)
	}
	if b := img.Bounds(); b.Dx() != w || b.Dy() != h {
		t.Errorf("screenshot is %v, want %d×%d", b, w, h)
	}
	if *screenshots == "" {
		return
	}
	// Kept small: 256 colours (a page is mostly flat colour) and the best
	// compression PNG has.
	var buf bytes.Buffer
	enc := png.Encoder{CompressionLevel: png.BestCompression}
	if err := enc.Encode(&buf, paletted(img)); err != nil {
		t.Fatal(err)
	}
	if err := os.MkdirAll(*screenshots, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(*screenshots, name), buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
}

// paletted maps an image to 256 of its colours, each pixel to the nearest
// of them.
func paletted(img image.Image) *image.Paletted {
	b := img.Bounds()
	counts := map[color.RGBA]int{}
	for y := b.Min.Y; y < b.Max.Y; y++ {
		for x := b.Min.X; x < b.Max.X; x++ {
			counts[color.RGBAModel.Convert(img.At(x, y)).(color.RGBA)]++
		}
	}
	colors := slices.Collect(maps.Keys(counts))
	slices.SortFunc(colors, func(a, b color.RGBA) int {
		return cmp.Or(counts[b]-counts[a], int(a.R)-int(b.R), int(a.G)-int(b.G), int(a.B)-int(b.B))
	})
	// The most frequent first, each unlike those taken: the shades of
	// anti-aliased text take fewer places, the colours of small marks keep
	// theirs.
	pal := make(color.Palette, 0, 256)
	for _, c := range colors {
		if len(pal) == cap(pal) {
			break
		}
		near := false
		for _, p := range pal {
			q := p.(color.RGBA)
			dr, dg, db := int(c.R)-int(q.R), int(c.G)-int(q.G), int(c.B)-int(q.B)
			if dr*dr+dg*dg+db*db < 12*12 {
				near = true
				break
			}
		}
		if !near {
			pal = append(pal, c)
		}
	}
	out := image.NewPaletted(b, pal)
	nearest := map[color.RGBA]uint8{}
	for y := b.Min.Y; y < b.Max.Y; y++ {
		for x := b.Min.X; x < b.Max.X; x++ {
			c := color.RGBAModel.Convert(img.At(x, y)).(color.RGBA)
			i, ok := nearest[c]
			if !ok {
				i = uint8(pal.Index(c))
				nearest[c] = i
			}
			out.SetColorIndex(x, y, i)
		}
	}
	return out
}

func writePage(t *testing.T, name string, write func(*bytes.Buffer) error) string {
	t.Helper()
	var buf bytes.Buffer
	if err := write(&buf); err != nil {
		t.Fatal(err)
	}
	p := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(p, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	return "file://" + p
}

var (
	domMark   = regexp.MustCompile(`<mark class="v ([^"]*)" data-v="(\d+)"`)
	domItem   = regexp.MustCompile(`<li class="nav-item">`)
	domTip    = regexp.MustCompile(`<div id="tip" role="tooltip" class="k-[a-z]+"[^>]*><strong>([^<]*)</strong>`)
	domScript = regexp.MustCompile(`(?i)<script\b`)
)

// TestBrowserView loads the view of the largest corpus document: every
// value is one highlighted span (with its continuations), every item is
// listed, the page's script runs, and a link to a value shows its facts.
func TestBrowserView(t *testing.T) {
	bin := chromium(t)
	d := corpusDoc(t, "yunfu-2022-01")
	url := writePage(t, "view.html", func(b *bytes.Buffer) error { return WriteView(b, d) })
	dom := dumpDOM(t, bin, url+"#v-5")
	firsts := map[string]bool{}
	for _, m := range domMark.FindAllStringSubmatch(dom, -1) {
		if !strings.Contains(" "+m[1]+" ", " more ") {
			if firsts[m[2]] {
				t.Errorf("value %s highlighted twice", m[2])
			}
			firsts[m[2]] = true
		}
	}
	if want := CountValues(d.Record); len(firsts) != want {
		t.Errorf("%d highlighted values in the DOM, want %d (the record's values)", len(firsts), want)
	}
	if got := len(domItem.FindAllString(dom, -1)); got != len(d.Record.Items) {
		t.Errorf("%d items listed, want %d", got, len(d.Record.Items))
	}
	if !strings.Contains(dom, `<html lang="zh-CN" class="js">`) {
		t.Errorf("the page's script did not run (blocked by its Content-Security-Policy?)")
	}
	m := domTip.FindStringSubmatch(dom)
	if want := Values(d.Record)[4].Head; m == nil || m[1] != want {
		t.Errorf("the link to value 5 shows %q, want its value %q", m, want)
	}
	screenshot(t, bin, url, "view.png", 1280, 800)
}

// TestBrowserEscapes loads a document whose text, values and metadata hold
// markup: the page shows it as text and runs none of it.
func TestBrowserEscapes(t *testing.T) {
	bin := chromium(t)
	d := hostileDoc()
	url := writePage(t, "hostile.html", func(b *bytes.Buffer) error { return WriteView(b, d) })
	dom := dumpDOM(t, bin, url+"#v-2") // the agency, named in markup
	if regexp.MustCompile(`<body[^>]*data-pwned`).MatchString(dom) {
		t.Errorf("markup from the document ran")
	}
	if strings.Contains(dom, `<img src="x"`) {
		t.Errorf("an <img> from the document became an element")
	}
	if strings.Contains(dom, `<script>document.body.setAttribute("data-pwned"`) {
		t.Errorf("a <script> from the document became an element")
	}
	if n := len(domScript.FindAllString(dom, -1)); n < 1 {
		t.Errorf("the page's own script is missing")
	}
	for _, text := range []string{`&lt;script&gt;document.body`, `"&gt;&lt;img src=x onerror=`} {
		if !strings.Contains(dom, text) {
			t.Errorf("the document's markup %s is not shown as text", text)
		}
	}
	if m := domTip.FindStringSubmatch(dom); m == nil || !strings.Contains(m[1], "&lt;img") {
		t.Errorf("the facts of a value holding markup are not shown as text: %q", m)
	}
}

var (
	domBar    = regexp.MustCompile(`<rect class="bar s\d"`)
	domDocRow = regexp.MustCompile(`<tr id="doc-\d+">`)
	domChart  = regexp.MustCompile(`(?s)<figure class="chart">.*?</figure>`)
	domSorter = regexp.MustCompile(`<th[^>]* tabindex="0"`)
)

// TestBrowserReport loads the report over the corpus: a row per document,
// the chart by kind with a bar per month and kind, the tables made
// sortable by the page's script.
func TestBrowserReport(t *testing.T) {
	bin := chromium(t)
	r, recs := corpusReport(t)
	url := writePage(t, "report.html", func(b *bytes.Buffer) error { return r.Write(b) })
	dom := dumpDOM(t, bin, url)
	if got := len(domDocRow.FindAllString(dom, -1)); got != len(recs) {
		t.Errorf("%d document rows, want %d", got, len(recs))
	}
	charts := domChart.FindAllString(dom, -1)
	if len(charts) < 3 {
		t.Fatalf("%d charts, want the two timelines and the money", len(charts))
	}
	if got, want := len(domBar.FindAllString(charts[0], -1)), monthKinds(recs); got != want {
		t.Errorf("the chart by kind has %d bars, want %d", got, want)
	}
	// By issuer, the few most frequent and the others together: at least a
	// bar a month, at most one a month and issuer.
	months, pairs := map[string]bool{}, map[string]bool{}
	for _, r := range recs {
		if d := r.Document.Date; d != nil && len(*d) >= 7 {
			months[(*d)[:7]] = true
			pairs[(*d)[:7]+deref(r.Document.Issuer, "")] = true
		}
	}
	if got := len(domBar.FindAllString(charts[1], -1)); got < len(months) || got > len(pairs) {
		t.Errorf("the chart by issuer has %d bars, want %d to %d", got, len(months), len(pairs))
	}
	if !strings.Contains(dom, `<html lang="zh-CN" class="js">`) {
		t.Errorf("the page's script did not run (blocked by its Content-Security-Policy?)")
	}
	if n := len(domSorter.FindAllString(dom, -1)); n < 10 {
		t.Errorf("%d sortable headings, want every table's", n)
	}
	screenshot(t, bin, url, "report.png", 1280, 800)
}
