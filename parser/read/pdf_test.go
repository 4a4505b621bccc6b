package read

import (
	"bytes"
	"compress/zlib"
	"context"
	"errors"
	"flag"
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

// TestMain removes the cache folder the engine was started with: each run
// makes a new one (tens of megabytes of compiled module), and a temp folder
// left behind by every `go test` run fills the disk.
func TestMain(m *testing.M) {
	code := m.Run()
	if testEngine.dir != "" {
		os.RemoveAll(testEngine.dir)
	}
	os.Exit(code)
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
	trailerExtra := ""
	if encrypt {
		objs = append(objs, fmt.Sprintf("<< /Filter /Standard /V 1 /R 2 /O <%s> /U <%s> /P -4 >>",
			strings.Repeat("1f", 32), strings.Repeat("2e", 32)))
		trailerExtra = fmt.Sprintf(" /Encrypt %d 0 R /ID [<%s> <%s>]", len(objs), strings.Repeat("ab", 16), strings.Repeat("ab", 16))
	}
	return pdfOf(trailerExtra, objs...)
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

// FuzzPDF feeds PDFium damaged files through the reading path the CLI
// uses, watchdog and limits included: a read must end, in time, in text or
// in one of the package's errors, never a crash or a hang.
//
// It is seeded with small made PDFs (fuzzPDFSeeds), not the real files of
// testdata/pdf (TestPDFRealFiles reads those): PDFium reads a 1 KB file in
// about a millisecond, the real ones (26 to 350 KB) in 25 to 200 ms, and
// with them and their mutants in the corpus the fuzzer spends most of its
// time on them, at a tenth of the rate. Bytes read as glyphs are
// FuzzPDFLayout's: done here, they were most of the coverage the fuzzer
// saw, so it kept inputs for their bytes' layout, not for how far they got
// into PDFium (a tenth of the inputs then opened, half of them now).
func FuzzPDF(f *testing.F) {
	for _, data := range fuzzPDFSeeds() {
		f.Add(data)
	}
	fuzzPDFMinimizeDefault()
	// Under -fuzz each worker is a process of its own: it starts PDFium
	// from the user's cache folder (or PDFCacheEnv), not an empty one, so
	// that only the first compiles it; then an instance reads
	// fuzzPDFReadsPerInstance inputs before it is replaced, not one, which
	// would spend three quarters of the time making instances. When other
	// tests of the process started PDFium first, it stays at one.
	pdfReadsPerInstance(fuzzPDFReadsPerInstance)
	lim := Limits{Pages: 50, Glyphs: 20000, Time: 20 * time.Second}
	f.Fuzz(func(t *testing.T, data []byte) {
		// The read's own limit ends it at lim.Time (the watchdog kills
		// PDFium); one still running fuzzPDFGrace later is a hang. A
		// panic on another goroutine ends the worker, and the fuzzer
		// keeps the input: t.Fatal could not stop a read that hangs.
		hang := time.AfterFunc(lim.Time+fuzzPDFGrace, func() {
			panic(fmt.Sprintf("reading a %d-byte PDF did not end %v after its %v limit", len(data), fuzzPDFGrace, lim.Time))
		})
		res, err := pdfReader{}.Read(context.Background(), data, lim)
		hang.Stop()
		switch {
		case err == nil:
			if res == nil || res.Format != PDF || res.Pages < 1 || res.Pages > lim.Pages || strings.TrimSpace(res.Text) == "" {
				t.Errorf("text with no page, or over the limit: %+v", res)
			}
		case errors.Is(err, ErrBroken), errors.Is(err, ErrEncrypted), errors.Is(err, ErrLimit),
			errors.Is(err, ErrNoText), errors.Is(err, context.DeadlineExceeded):
		default:
			// Not one of the reader's answers: PDFium did not start, or
			// gave no instance, and the input was not read at all.
			t.Errorf("unexpected error: %v", err)
		}
	})
}

const (
	// fuzzPDFReadsPerInstance is how many inputs one PDFium instance
	// reads under FuzzPDF (see pdfReadsPerInstance): starting one costs
	// 3 ms, reading a small input about 1. An instance is replaced sooner
	// after a read that did not end cleanly.
	fuzzPDFReadsPerInstance = 64
	// fuzzPDFGrace is how long after its time limit a read may take to
	// end: the watchdog's kill stops PDFium within milliseconds, and the
	// rest absorbs a loaded machine. A read past it is a hang.
	fuzzPDFGrace = 10 * time.Second
	// fuzzPDFMinimize bounds, in reads, the minimizing of each new input
	// (see fuzzPDFMinimizeDefault): about the first pass, which cuts its
	// tail. Most inputs read in under a millisecond, but the fuzzer soon
	// finds pages of thousands of glyphs, read in 50 to 500 ms: at 250
	// reads, minimizing them took 70% of the time.
	fuzzPDFMinimize = "50x"
)

// fuzzPDFMinimizeDefault sets -fuzzminimizetime to fuzzPDFMinimize unless
// the command line set it. Go's default minimizes each input that finds new
// coverage for 60 s; its last pass tries every pair of cut points, so a
// 1 KB input is never done in time at a millisecond a read, and when the
// 60 s end the coordinator kills the worker, throws the minimizing away
// and starts a new worker (half a second of PDFium start): a 30-minute
// run of FuzzPDF made 118 execs so, nearly all of its time spent on
// minimizing thrown away. The flag is read when f.Fuzz starts fuzzing.
func fuzzPDFMinimizeDefault() {
	const name = "test.fuzzminimizetime"
	set := false
	flag.Visit(func(fl *flag.Flag) { set = set || fl.Name == name })
	if !set && flag.Lookup(name) != nil {
		flag.Set(name, fuzzPDFMinimize)
	}
}

// fuzzPDFSeeds returns FuzzPDF's seeds, small PDFs (0.6 to 1.3 KB) that
// each reach another part of PDFium. None embeds a font program.
func fuzzPDFSeeds() [][]byte {
	var seeds [][]byte
	text := "BT /F1 12 Tf 72 720 Td (Hello) Tj ET"
	var z bytes.Buffer
	zw := zlib.NewWriter(&z)
	zw.Write([]byte("BT /F1 12 Tf 72 720 Td (Compressed) Tj 0 -16 Td (second line) Tj ET"))
	zw.Close()
	broken := minimalPDF([]string{text}, false)
	broken = broken[:bytes.LastIndex(broken, []byte("startxref"))]
	broken = append(broken, "startxref\n9\n%%EOF\n"...)
	seeds = append(seeds,
		minimalPDF([]string{text}, false),
		minimalPDF([]string{text}, true),
		minimalPDF([]string{text, "BT /F1 12 Tf 72 720 Td (Page two) Tj ET"}, false),
		// A ruled table: two cells of text between path objects.
		minimalPDF([]string{"0.5 w 72 700 m 300 700 l S 72 680 m 300 680 l S 72 680 228 20 re S " +
			"BT /F1 10 Tf 80 686 Td (Cell) Tj ET BT /F1 10 Tf 190 686 Td (1234) Tj ET"}, false),
		// A cross-reference table that points nowhere: PDFium rebuilds it.
		broken,
		// Junk before the header, as a mail header would be.
		append([]byte("From: x\r\n\r\n"), minimalPDF([]string{text}, false)...),
		fuzzPDFOf(
			"<< /Type /Catalog /Pages 2 0 R >>",
			"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
			"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
			fuzzPDFStream("/Filter /FlateDecode", z.String()),
			"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"),
		// Chinese through a predefined CMap (UCS-2 codes, the GB1 fonts).
		fuzzPDFOf(
			"<< /Type /Catalog /Pages 2 0 R >>",
			"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
			"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
			fuzzPDFStream("", "BT /F1 16 Tf 72 720 Td <6C11653F5C40901A77E5> Tj ET"),
			"<< /Type /Font /Subtype /Type0 /BaseFont /SimSun /Encoding /UniGB-UCS2-H /DescendantFonts [6 0 R] >>",
			"<< /Type /Font /Subtype /CIDFontType2 /BaseFont /SimSun /CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 2 >> /FontDescriptor 7 0 R /DW 1000 >>",
			"<< /Type /FontDescriptor /FontName /SimSun /Flags 6 /FontBBox [0 -141 1000 859] /ItalicAngle 0 /Ascent 859 /Descent -141 /CapHeight 859 /StemV 80 >>"),
		// Chinese through Identity-H codes and a ToUnicode CMap.
		fuzzPDFOf(
			"<< /Type /Catalog /Pages 2 0 R >>",
			"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
			"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
			fuzzPDFStream("", "BT /F1 14 Tf 72 700 Td <000100020003> Tj ET"),
			"<< /Type /Font /Subtype /Type0 /BaseFont /Song /Encoding /Identity-H /DescendantFonts [6 0 R] /ToUnicode 7 0 R >>",
			"<< /Type /Font /Subtype /CIDFontType2 /BaseFont /Song /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /CIDToGIDMap /Identity /W [1 [1000 1000 1000]] >>",
			fuzzPDFStream("", "/CIDInit /ProcSet findresource begin 12 dict begin begincmap\n"+
				"/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"+
				"/CMapName /Adobe-Identity-UCS def /CMapType 2 def\n"+
				"1 begincodespacerange <0000> <FFFF> endcodespacerange\n"+
				"3 beginbfchar <0001> <6C11> <0002> <653F> <0003> <5C40> endbfchar\n"+
				"endcmap CMapName currentdict /CMap defineresource pop end end")),
		fuzzPDFObjectStream(),
	)
	return seeds
}

// fuzzPDFOf writes a PDF of the given objects, numbered from 1, the first
// the catalog.
func fuzzPDFOf(objs ...string) []byte { return pdfOf("", objs...) }

// pdfOf writes a PDF of the given objects, numbered from 1, the first the
// catalog, with trailerExtra added to its trailer's entries.
func pdfOf(trailerExtra string, objs ...string) []byte {
	var b bytes.Buffer
	b.WriteString("%PDF-1.4\n")
	offsets := make([]int, len(objs))
	for i, o := range objs {
		offsets[i] = b.Len()
		fmt.Fprintf(&b, "%d 0 obj\n%s\nendobj\n", i+1, o)
	}
	xref := b.Len()
	fmt.Fprintf(&b, "xref\n0 %d\n0000000000 65535 f \n", len(objs)+1)
	for _, o := range offsets {
		fmt.Fprintf(&b, "%010d 00000 n \n", o)
	}
	fmt.Fprintf(&b, "trailer\n<< /Size %d /Root 1 0 R%s >>\nstartxref\n%d\n%%%%EOF\n", len(objs)+1, trailerExtra, xref)
	return b.Bytes()
}

// fuzzPDFStream is a stream object's text: dict holds the entries other
// than /Length.
func fuzzPDFStream(dict, data string) string {
	return fmt.Sprintf("<< %s /Length %d >>\nstream\n%s\nendstream", dict, len(data), data)
}

// fuzzPDFObjectStream writes a PDF 1.5 file as Word and Acrobat do: its
// dictionaries packed in an object stream, found through a cross-reference
// stream.
func fuzzPDFObjectStream() []byte {
	packed := []struct {
		num  int
		body string
	}{
		{1, "<< /Type /Catalog /Pages 2 0 R >>"},
		{2, "<< /Type /Pages /Kids [3 0 R] /Count 1 >>"},
		{3, "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>"},
		{5, "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"},
	}
	var head, body strings.Builder
	for _, p := range packed {
		fmt.Fprintf(&head, "%d %d ", p.num, body.Len())
		body.WriteString(p.body + "\n")
	}
	var b bytes.Buffer
	b.WriteString("%PDF-1.5\n")
	off4 := b.Len()
	fmt.Fprintf(&b, "4 0 obj\n%s\nendobj\n", fuzzPDFStream("", "BT /F1 12 Tf 72 720 Td (Packed) Tj ET"))
	off6 := b.Len()
	fmt.Fprintf(&b, "6 0 obj\n%s\nendobj\n", fuzzPDFStream(
		fmt.Sprintf("/Type /ObjStm /N %d /First %d", len(packed), head.Len()), head.String()+body.String()))
	off7 := b.Len()
	// Entries of 1+4+2 bytes: type, offset or object stream, generation or index.
	entry := func(typ byte, field2 uint32, field3 uint16) []byte {
		return []byte{typ, byte(field2 >> 24), byte(field2 >> 16), byte(field2 >> 8), byte(field2), byte(field3 >> 8), byte(field3)}
	}
	var xref []byte
	xref = append(xref, entry(0, 0, 0xffff)...)
	xref = append(xref, entry(2, 6, 0)...)
	xref = append(xref, entry(2, 6, 1)...)
	xref = append(xref, entry(2, 6, 2)...)
	xref = append(xref, entry(1, uint32(off4), 0)...)
	xref = append(xref, entry(2, 6, 3)...)
	xref = append(xref, entry(1, uint32(off6), 0)...)
	xref = append(xref, entry(1, uint32(off7), 0)...)
	fmt.Fprintf(&b, "7 0 obj\n%s\nendobj\n", fuzzPDFStream("/Type /XRef /Size 8 /W [1 4 2] /Root 1 0 R", string(xref)))
	fmt.Fprintf(&b, "startxref\n%d\n%%%%EOF\n", off7)
	return b.Bytes()
}

// FuzzPDFLayout feeds the layout alone glyphs made of bytes, a page of
// them and pages of them: quicker than FuzzPDF, whose every input goes
// through PDFium.
func FuzzPDFLayout(f *testing.F) {
	f.Add([]byte("\x10\x20\x14\x0a\x01\x30\x20\x14\x0a\x02\x50\x20\x14\x0a\x0b"))
	f.Add(bytes.Repeat([]byte("\x10\x20\x14\x0a\x01\x90\x22\x14\x0a\x03"), 40))
	f.Fuzz(func(t *testing.T, data []byte) {
		half := len(data) / 2
		layoutDocument([]pdfPageData{fuzzPage(data)})
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
