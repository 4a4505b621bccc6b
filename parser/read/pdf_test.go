package read

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"
)

// PDFium starts once per process (see pdf_pdfium.go). The first test to
// need it starts it with an empty cache folder: a machine with no cache,
// the stand-alone case; the others share that pool.
var testEngine struct {
	once sync.Once
	dir  string
}

func startTestEngine(t testing.TB) {
	t.Helper()
	testEngine.once.Do(func() {
		dir, err := os.MkdirTemp("", "bulletin-pdfium-cache-")
		if err != nil {
			t.Fatal(err)
		}
		testEngine.dir = dir
		SetPDFCacheDir(dir)
		if _, err := pdfPool(); err != nil {
			t.Fatalf("starting PDFium: %v", err)
		}
	})
}

func TestPDFEmptyCacheDir(t *testing.T) {
	startTestEngine(t)
	d, dir := PDFEngineStart()
	if dir != testEngine.dir {
		t.Fatalf("engine used cache %q, want the empty temp folder %q", dir, testEngine.dir)
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) == 0 {
		t.Errorf("the compiled module was not cached in %s", dir)
	}
	t.Logf("cold start with an empty cache: %v", d)
	res := readPDF(t, "deqin-plain.pdf", DefaultLimits)
	if res.Pages != 1 || !strings.Contains(res.Text, "分散供养特困人员") {
		t.Errorf("pages %d, text %.200q", res.Pages, res.Text)
	}
}

func readPDF(t *testing.T, name string, lim Limits) *Result {
	t.Helper()
	startTestEngine(t)
	data, err := os.ReadFile(filepath.Join("testdata", "pdf", name))
	if err != nil {
		t.Fatal(err)
	}
	if !(pdfReader{}).Sniff(data) {
		t.Fatalf("%s not sniffed as PDF", name)
	}
	res, err := pdfReader{}.Read(context.Background(), data, lim)
	if err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	return res
}

func TestPDFRealFiles(t *testing.T) {
	tests := []struct {
		file  string
		pages int
		want  []string // lines the text must hold
		not   []string // text it must not hold
	}{
		{"deqin-plain.pdf", 1, nil, []string{"\f"}},
		{"puer-docx.pdf", 1, []string{"普洱市民政局"}, []string{"\t"}},
		{"yuzhong-columns.pdf", 3,
			[]string{
				// Column by column; the ruled table a row a line.
				"截止2月底,全区有低保对象7581户、9369人,占全区人口的1.78%,较上月减少1户、增加2人;特困人员829人,较上月增加16人,其中集中供养82人、分散供养747人;临时救助771人次;低保边缘家庭181户、285人,较上月减少3户、4人。",
				"1\t解放碑\t1166\t113\t1279\t1188\t116\t1304\t25",
				"合计\t\t9366\t795\t10161\t9369\t829\t10198\t37",
				"二、街道工作情况",
			},
			// Chrome's print stamps on every page are gone.
			[]string{"file:///", "PM"}},
		// A one-page print: its stamps go by where they stand, and its
		// right column of short lines is read after the left one.
		{"putuo-columns.pdf", 1,
			[]string{
				"关于在“六一”儿童节期间对本区社会孤儿进行走访慰问的通知",
				"“六一”儿童节即将来临,为体现党和政府对社会孤儿的关怀,使他们能欢度儿童佳节,在“六一”儿童节期间,各街道、镇社保科要组织人员对辖区内的社会孤儿进行一次走访慰问,发放慰问金每人100元。经费按以往惯例,在民政事业经费中列支。",
				"普陀区民政局",
				"二○○七年五月二十八日",
			},
			[]string{"file:///", "PM", "1/1"}},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			res := readPDF(t, tt.file, DefaultLimits)
			if res.Format != PDF || res.Pages != tt.pages {
				t.Errorf("format %s pages %d, want %d", res.Format, res.Pages, tt.pages)
			}
			if got := strings.Count(res.Text, "\f"); got != tt.pages-1 {
				t.Errorf("%d form feeds for %d pages", got, tt.pages)
			}
			lines := map[string]bool{}
			for _, l := range strings.Split(res.Text, "\n") {
				lines[strings.TrimPrefix(l, "\f")] = true
			}
			for _, w := range tt.want {
				if !lines[w] {
					t.Errorf("no line %q in\n%s", w, res.Text)
				}
			}
			for _, n := range tt.not {
				if strings.Contains(res.Text, n) {
					t.Errorf("text holds %q", n)
				}
			}
		})
	}
}

// minimalPDF writes a PDF of the given page content streams, with an
// /Encrypt dictionary when encrypt is set (its keys fit no password).
func minimalPDF(contents []string, encrypt bool) []byte {
	var objs []string
	n := len(contents)
	kids := make([]string, n)
	for i := range contents {
		kids[i] = fmt.Sprintf("%d 0 R", 4+2*i)
	}
	objs = append(objs, "<< /Type /Catalog /Pages 2 0 R >>")
	objs = append(objs, fmt.Sprintf("<< /Type /Pages /Kids [%s] /Count %d >>", strings.Join(kids, " "), n))
	objs = append(objs, "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>")
	for i, c := range contents {
		objs = append(objs, fmt.Sprintf("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents %d 0 R >>", 5+2*i))
		objs = append(objs, fmt.Sprintf("<< /Length %d >>\nstream\n%s\nendstream", len(c), c))
	}
	var b strings.Builder
	b.WriteString("%PDF-1.4\n")
	offsets := make([]int, len(objs))
	for i, o := range objs {
		offsets[i] = b.Len()
		fmt.Fprintf(&b, "%d 0 obj\n%s\nendobj\n", i+1, o)
	}
	trailerExtra := ""
	if encrypt {
		offsets = append(offsets, b.Len())
		fmt.Fprintf(&b, "%d 0 obj\n<< /Filter /Standard /V 1 /R 2 /O <%s> /U <%s> /P -4 >>\nendobj\n",
			len(objs)+1, strings.Repeat("1f", 32), strings.Repeat("2e", 32))
		trailerExtra = fmt.Sprintf(" /Encrypt %d 0 R /ID [<%s> <%s>]", len(objs)+1, strings.Repeat("ab", 16), strings.Repeat("ab", 16))
	}
	xref := b.Len()
	fmt.Fprintf(&b, "xref\n0 %d\n0000000000 65535 f \n", len(offsets)+1)
	for _, o := range offsets {
		fmt.Fprintf(&b, "%010d 00000 n \n", o)
	}
	fmt.Fprintf(&b, "trailer\n<< /Size %d /Root 1 0 R%s >>\nstartxref\n%d\n%%%%EOF\n", len(offsets)+1, trailerExtra, xref)
	return []byte(b.String())
}

func TestPDFErrors(t *testing.T) {
	startTestEngine(t)
	text := "BT /F1 12 Tf 72 720 Td (Hello PDF) Tj ET"
	drawing := "0 0 1 rg 100 100 200 200 re f"
	small := Limits{Pages: 1, Glyphs: 5, Time: time.Minute}
	tests := []struct {
		name string
		data []byte
		lim  Limits
		want error
	}{
		{"a page of text reads", minimalPDF([]string{text}, false), DefaultLimits, nil},
		{"pages with no text need OCR", minimalPDF([]string{drawing, drawing}, false), DefaultLimits, ErrNoText},
		{"a password", minimalPDF([]string{text}, true), DefaultLimits, ErrEncrypted},
		{"a damaged file", []byte("%PDF-1.4\n1 0 obj << /Type /Catalog >> garbage"), DefaultLimits, ErrBroken},
		{"too many pages", minimalPDF([]string{text, text}, false), small, ErrLimit},
		{"too many glyphs", minimalPDF([]string{text}, false), small, ErrLimit},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res, err := pdfReader{}.Read(context.Background(), tt.data, tt.lim)
			if tt.want == nil {
				if err != nil || !strings.Contains(res.Text, "Hello PDF") {
					t.Errorf("got %v, %+v", err, res)
				}
				return
			}
			if !errors.Is(err, tt.want) {
				t.Errorf("got %v, want %v", err, tt.want)
			}
		})
	}
	t.Run("a cancelled read stops", func(t *testing.T) {
		ctx, cancel := context.WithCancel(context.Background())
		cancel()
		if _, err := (pdfReader{}).Read(ctx, minimalPDF([]string{text}, false), DefaultLimits); !errors.Is(err, context.Canceled) {
			t.Errorf("got %v", err)
		}
	})
}

func TestPDFConcurrentReads(t *testing.T) {
	startTestEngine(t)
	data := minimalPDF([]string{"BT /F1 12 Tf 72 720 Td (Hello PDF) Tj ET"}, false)
	var wg sync.WaitGroup
	errs := make(chan error, 6)
	for range 6 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			_, err := pdfReader{}.Read(context.Background(), data, DefaultLimits)
			errs <- err
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		if err != nil {
			t.Error(err)
		}
	}
}

// FuzzPDF feeds PDFium damaged files (seeded with the real ones, and the
// small ones made above): a read must end in text or an error, never a
// crash or a hang. The same bytes, read as glyphs, exercise the layout.
func FuzzPDF(f *testing.F) {
	files, _ := filepath.Glob(filepath.Join("testdata", "pdf", "*.pdf"))
	for _, name := range files {
		data, err := os.ReadFile(name)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
	f.Add(minimalPDF([]string{"BT /F1 12 Tf 72 720 Td (Hello) Tj ET"}, false))
	f.Add(minimalPDF([]string{"BT /F1 12 Tf 72 720 Td (Hello) Tj ET"}, true))
	// Under -fuzz each worker is a process of its own: they start PDFium
	// from the user's cache folder (or PDFCacheEnv), not an empty one, so
	// that only the first compiles it.
	f.Fuzz(func(t *testing.T, data []byte) {
		ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
		defer cancel()
		res, err := pdfReader{}.Read(ctx, data, Limits{Pages: 50, Glyphs: 20000, Time: 20 * time.Second})
		if err == nil && res.Pages < 1 {
			t.Errorf("text with no page: %+v", res)
		}
		layoutDocument([]pdfPageData{fuzzPage(data)})
	})
}

// FuzzPDFLayout feeds the layout alone glyphs made of bytes, pages of
// them: quicker than FuzzPDF, whose every input goes through PDFium.
func FuzzPDFLayout(f *testing.F) {
	f.Add([]byte("\x10\x20\x14\x0a\x01\x30\x20\x14\x0a\x02\x50\x20\x14\x0a\x0b"))
	f.Add(bytes.Repeat([]byte("\x10\x20\x14\x0a\x01\x90\x22\x14\x0a\x03"), 40))
	f.Fuzz(func(t *testing.T, data []byte) {
		half := len(data) / 2
		layoutDocument([]pdfPageData{fuzzPage(data[:half]), fuzzPage(data[half:]), fuzzPage(data)})
	})
}

// fuzzPage reads bytes as glyphs and rules, five bytes a glyph.
func fuzzPage(data []byte) pdfPageData {
	p := pdfPageData{Width: 595, Height: 842}
	for i := 0; i+5 <= len(data); i += 5 {
		x, y, w, s := float64(data[i])*2.3, float64(data[i+1])*3.3, float64(data[i+2]%32)/2, float64(data[i+3]%24)
		if data[i+4]%7 == 0 {
			p.Rules = append(p.Rules, rule{X0: x, X1: x + w*s, Y0: y, Y1: y + w})
			continue
		}
		r := rune(0x4e00 + int(data[i+4]))
		switch {
		case data[i+4]%11 == 0:
			r = ' ' // a typed space
		case data[i+4]%3 == 0:
			r = rune('0' + data[i+4]%10)
		}
		g := glyph{R: r, X0: x, X1: x + w, Top: y - s, Bottom: y, Base: y, OX: x, Ink: [4]float64{x, y - s, x + w, y}}
		p.Glyphs = append(p.Glyphs, g)
	}
	return p
}
