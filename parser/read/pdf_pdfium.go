package read

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"time"

	"github.com/klippa-app/go-pdfium"
	"github.com/klippa-app/go-pdfium/enums"
	pdfiumerrors "github.com/klippa-app/go-pdfium/errors"
	"github.com/klippa-app/go-pdfium/references"
	"github.com/klippa-app/go-pdfium/requests"
	"github.com/klippa-app/go-pdfium/webassembly"
	"github.com/tetratelabs/wazero"
	"github.com/tetratelabs/wazero/api"
	"github.com/tetratelabs/wazero/experimental"
)

// PDFium runs here as WebAssembly inside wazero: pure Go, no cgo and no
// program to install. Compiling its 5 MB module to machine code costs
// seconds, so it is done once per process, only when a PDF is first seen,
// and the compiled code is kept on disk between runs.

// PDFCacheEnv names the environment variable that points the compiled
// PDFium cache at another folder (tests use a temp folder); "off" runs
// without a disk cache.
const PDFCacheEnv = "BULLETIN_PDFIUM_CACHE"

// pdfiumMemoryPages bounds one PDFium instance's linear memory, in 64 KiB
// WebAssembly pages (1 GiB): a hostile file that makes PDFium allocate
// without end traps there instead of taking the machine's memory.
const pdfiumMemoryPages = 1 << 14

var pdfEngine struct {
	once     sync.Once
	pool     pdfium.Pool
	err      error
	cacheDir string // the folder in use, "" without a disk cache
	started  time.Duration
	cacheSet bool
	cacheArg string

	// readsArg is pdfReadsPerInstance's value when the engine starts;
	// reads is the one in use, and served counts the files each kept
	// instance has read, keyed by its implementation.
	readsArg int
	reads    int
	mu       sync.Mutex
	served   map[any]int
}

// pdfReadsPerInstance sets how many files one PDFium instance reads before
// it is dropped; it has effect only before the first PDF is read in the
// process. The CLI leaves it at 1, a fresh instance for every file: nothing
// one file does to PDFium's memory can reach the next, and the memory a
// large file made the instance grow is given back. Starting an instance
// costs about 3 ms and 19 MB of zeroed memory, nothing next to reading a
// real file but most of the time of a fuzz run's small inputs, so the fuzz
// harness raises it (see FuzzPDF). An instance is dropped early after a
// read that did not end cleanly (see pdfCleanEnd); a killed one is gone.
func pdfReadsPerInstance(n int) {
	pdfEngine.readsArg = n
}

// SetPDFCacheDir points the compiled PDFium cache at dir ("" for no disk
// cache). It has effect only before the first PDF is read in the process.
func SetPDFCacheDir(dir string) {
	pdfEngine.cacheSet = true
	pdfEngine.cacheArg = dir
}

// PDFEngineStart reports how long starting PDFium took and which cache
// folder it used; zero before the first PDF.
func PDFEngineStart() (time.Duration, string) {
	return pdfEngine.started, pdfEngine.cacheDir
}

// pdfCacheDir is the folder for compiled code: the one set by
// SetPDFCacheDir or PDFCacheEnv, else the user's cache folder.
func pdfCacheDir() string {
	if pdfEngine.cacheSet {
		return pdfEngine.cacheArg
	}
	if v, ok := os.LookupEnv(PDFCacheEnv); ok {
		if v == "off" {
			return ""
		}
		return v
	}
	base, err := os.UserCacheDir()
	if err != nil {
		return ""
	}
	return filepath.Join(base, "bulletin", "pdfium-wasm")
}

// usableDir makes dir and checks a file can be written in it, so a
// read-only or missing home runs without a cache instead of failing.
func usableDir(dir string) bool {
	if dir == "" || os.MkdirAll(dir, 0o755) != nil {
		return false
	}
	f, err := os.CreateTemp(dir, ".probe-*")
	if err != nil {
		return false
	}
	name := f.Name()
	f.Close()
	os.Remove(name)
	return true
}

// pdfPool returns the process's PDFium pool, starting it on first use.
func pdfPool() (pdfium.Pool, error) {
	pdfEngine.once.Do(func() {
		start := time.Now()
		pdfEngine.reads = max(1, pdfEngine.readsArg)
		pdfEngine.served = map[any]int{}
		dir := pdfCacheDir()
		if usableDir(dir) {
			pdfEngine.pool, pdfEngine.err = startPDFium(dir)
			if pdfEngine.err == nil {
				pdfEngine.cacheDir = dir
			}
		}
		if pdfEngine.pool == nil {
			// No cache, or a cache that failed (unreadable, damaged,
			// full disk): compile in memory. The cache never fails a read.
			pdfEngine.pool, pdfEngine.err = startPDFium("")
		}
		pdfEngine.started = time.Since(start)
	})
	return pdfEngine.pool, pdfEngine.err
}

// pdfPoolSize is how many files PDFium reads at once: one per processor,
// as the CLI's --jobs workers are. An instance costs tens of MB of memory
// (see the package's report), so the number of processors, not memory,
// is the bound.
func pdfPoolSize() int {
	return max(1, runtime.GOMAXPROCS(0))
}

func startPDFium(cacheDir string) (pdfium.Pool, error) {
	rc := wazero.NewRuntimeConfig().
		WithCoreFeatures(api.CoreFeaturesV2 | experimental.CoreFeaturesExceptionHandling).
		WithMemoryLimitPages(pdfiumMemoryPages).
		WithCloseOnContextDone(true)
	if cacheDir != "" {
		cache, err := wazero.NewCompilationCacheWithDir(cacheDir)
		if err != nil {
			return nil, err
		}
		rc = rc.WithCompilationCache(cache)
	}
	n := pdfPoolSize()
	return webassembly.Init(webassembly.Config{
		MinIdle:       0,
		MaxIdle:       n,
		MaxTotal:      n,
		RuntimeConfig: rc,
		// PDFium reads the file from memory: it is given no folder.
		FSConfig: wazero.NewFSConfig(),
		Stdout:   io.Discard,
		Stderr:   io.Discard,
		// Without reuse, closing an instance destroys it (see pdfRelease).
		ReuseWorkers: pdfEngine.reads > 1,
	})
}

// pdfPageData is what PDFium tells of one page: its size, its glyphs and
// the thin rectangles that may rule a table, in top-down coordinates
// (y grows down the page, as one reads).
type pdfPageData struct {
	Width, Height float64
	Glyphs        []glyph
	Rules         []rule
}

// pdfExtract opens data in a PDFium instance and returns each page's
// glyphs. It checks ctx between pages and every few glyphs, and a watchdog
// kills the instance if ctx ends inside one PDFium call.
func pdfExtract(ctx context.Context, data []byte, lim Limits) (pages []pdfPageData, err error) {
	pool, err := pdfPool()
	if err != nil {
		return nil, fmt.Errorf("starting PDFium: %w", err)
	}
	inst, err := pool.GetInstanceWithContext(ctx)
	if err != nil {
		if ctx.Err() != nil {
			return nil, ctx.Err()
		}
		return nil, fmt.Errorf("PDFium instance: %w", err)
	}
	stop := make(chan struct{})
	killed := make(chan struct{})
	watched := make(chan struct{})
	go func() {
		defer close(watched)
		select {
		case <-ctx.Done():
			inst.Kill()
			close(killed)
		case <-stop:
		}
	}()
	defer func() {
		// Wait for the watchdog to be done with the instance: a kill
		// racing with its return to the pool could hand a dead instance
		// to the next read.
		close(stop)
		<-watched
		select {
		case <-killed:
			err = ctx.Err()
			pages = nil
			pdfRelease(inst, err, true)
		default:
			pdfRelease(inst, err, false)
		}
	}()
	return extractDocument(ctx, inst, data, lim)
}

// pdfRelease gives an instance back after a read that ended in err, or
// after the watchdog killed it. With one read per instance (the CLI),
// closing it destroys it, with every document it had open. Else it goes
// back to the pool if it has reads left and the read ended cleanly, and is
// destroyed otherwise.
func pdfRelease(inst pdfium.Pdfium, err error, killed bool) {
	if pdfEngine.reads <= 1 {
		if !killed {
			inst.Close()
		}
		return
	}
	key := inst.GetImplementation()
	pdfEngine.mu.Lock()
	pdfEngine.served[key]++
	keep := !killed && pdfEngine.served[key] < pdfEngine.reads && pdfCleanEnd(err)
	if !keep {
		// The key holds the instance's memory: forget it with it.
		delete(pdfEngine.served, key)
	}
	pdfEngine.mu.Unlock()
	switch {
	case keep:
		inst.Close()
	case !killed:
		// Kill destroys the instance at once, where Close would pool it.
		inst.Kill()
	}
}

// pdfRefusals are the errors PDFium itself gives for a file it will not
// read. Any other error from a call came from go-pdfium or from the
// WebAssembly runtime: a trap, after which wazero holds the instance's
// state unrecoverable.
var pdfRefusals = []error{
	pdfiumerrors.ErrUnknown, pdfiumerrors.ErrFile, pdfiumerrors.ErrFormat,
	pdfiumerrors.ErrPassword, pdfiumerrors.ErrSecurity, pdfiumerrors.ErrPage,
}

// pdfCleanEnd reports whether a read that ended in err left its instance
// fit for another file: it read the file, stopped at a limit, or PDFium
// refused the file. The errors of extractDocument carry PDFium's own as
// "(PDFium: ...)" at their end.
func pdfCleanEnd(err error) bool {
	if err == nil || errors.Is(err, ErrLimit) {
		return true
	}
	msg := err.Error()
	for _, r := range pdfRefusals {
		if strings.HasSuffix(msg, "(PDFium: "+r.Error()+")") {
			return true
		}
	}
	return false
}

func extractDocument(ctx context.Context, inst pdfium.Pdfium, data []byte, lim Limits) ([]pdfPageData, error) {
	doc, err := inst.OpenDocument(&requests.OpenDocument{File: &data})
	if err != nil {
		switch {
		case errors.Is(err, pdfiumerrors.ErrPassword), errors.Is(err, pdfiumerrors.ErrSecurity):
			return nil, fmt.Errorf("%w (PDFium: %v)", ErrEncrypted, err)
		}
		return nil, fmt.Errorf("%w (PDFium: %v)", ErrBroken, err)
	}
	defer inst.FPDF_CloseDocument(&requests.FPDF_CloseDocument{Document: doc.Document})
	count, err := inst.FPDF_GetPageCount(&requests.FPDF_GetPageCount{Document: doc.Document})
	if err != nil {
		return nil, fmt.Errorf("%w: no page count (PDFium: %v)", ErrBroken, err)
	}
	if lim.Pages > 0 && count.PageCount > lim.Pages {
		return nil, fmt.Errorf("%d pages: %w", count.PageCount, limitError("pages", lim.Pages))
	}
	pages := make([]pdfPageData, 0, count.PageCount)
	for i := 0; i < count.PageCount; i++ {
		if err := ctx.Err(); err != nil {
			return nil, fmt.Errorf("page %d: %w", i+1, err)
		}
		p, err := extractPage(ctx, inst, doc.Document, i, lim)
		if err != nil {
			return nil, err
		}
		pages = append(pages, p)
	}
	return pages, nil
}

// glyphCheckEvery is how many glyphs pass between two looks at ctx.
const glyphCheckEvery = 256

func extractPage(ctx context.Context, inst pdfium.Pdfium, doc references.FPDF_DOCUMENT, index int, lim Limits) (pdfPageData, error) {
	var out pdfPageData
	broken := func(what string, err error) error {
		if ctx.Err() != nil {
			return fmt.Errorf("page %d: %w", index+1, ctx.Err())
		}
		return fmt.Errorf("page %d: %w: %s (PDFium: %v)", index+1, ErrBroken, what, err)
	}
	lp, err := inst.FPDF_LoadPage(&requests.FPDF_LoadPage{Document: doc, Index: index})
	if err != nil {
		return out, broken("load", err)
	}
	defer inst.FPDF_ClosePage(&requests.FPDF_ClosePage{Page: lp.Page})
	page := requests.Page{ByReference: &lp.Page}
	w, err := inst.FPDF_GetPageWidthF(&requests.FPDF_GetPageWidthF{Page: page})
	if err != nil {
		return out, broken("width", err)
	}
	h, err := inst.FPDF_GetPageHeightF(&requests.FPDF_GetPageHeightF{Page: page})
	if err != nil {
		return out, broken("height", err)
	}
	out.Width, out.Height = float64(w.PageWidth), float64(h.PageHeight)

	tp, err := inst.FPDFText_LoadPage(&requests.FPDFText_LoadPage{Page: page})
	if err != nil {
		return out, broken("text", err)
	}
	defer inst.FPDFText_ClosePage(&requests.FPDFText_ClosePage{TextPage: tp.TextPage})
	cc, err := inst.FPDFText_CountChars(&requests.FPDFText_CountChars{TextPage: tp.TextPage})
	if err != nil {
		return out, broken("count", err)
	}
	if lim.Glyphs > 0 && cc.Count > lim.Glyphs {
		return out, fmt.Errorf("page %d has %d glyphs: %w", index+1, cc.Count, limitError("glyphs on a page", lim.Glyphs))
	}
	out.Glyphs = make([]glyph, 0, cc.Count)
	for i := 0; i < cc.Count; i++ {
		if i%glyphCheckEvery == 0 && ctx.Err() != nil {
			return out, fmt.Errorf("page %d: %w", index+1, ctx.Err())
		}
		gen, err := inst.FPDFText_IsGenerated(&requests.FPDFText_IsGenerated{TextPage: tp.TextPage, Index: i})
		if err != nil {
			return out, broken("glyph", err)
		}
		if gen.IsGenerated {
			// A space or line break PDFium guessed; lines and spaces are
			// rebuilt here from the positions instead.
			continue
		}
		u, err := inst.FPDFText_GetUnicode(&requests.FPDFText_GetUnicode{TextPage: tp.TextPage, Index: i})
		if err != nil {
			return out, broken("glyph", err)
		}
		r := rune(u.Unicode)
		if r == 0 || r == '\r' || r == '\n' || r == 0xFFFE || r == 0xFFFF {
			continue
		}
		ink, err := inst.FPDFText_GetCharBox(&requests.FPDFText_GetCharBox{TextPage: tp.TextPage, Index: i})
		if err != nil {
			continue
		}
		loose, err := inst.FPDFText_GetLooseCharBox(&requests.FPDFText_GetLooseCharBox{TextPage: tp.TextPage, Index: i})
		if err != nil {
			// A glyph with no box tells no position.
			continue
		}
		org, err := inst.FPDFText_GetCharOrigin(&requests.FPDFText_GetCharOrigin{TextPage: tp.TextPage, Index: i})
		if err != nil {
			continue
		}
		out.Glyphs = append(out.Glyphs, glyph{
			R:      r,
			X0:     float64(loose.Rect.Left),
			X1:     float64(loose.Rect.Right),
			Top:    out.Height - float64(loose.Rect.Top),
			Bottom: out.Height - float64(loose.Rect.Bottom),
			Base:   out.Height - org.Y,
			OX:     org.X,
			Ink:    [4]float64{ink.Left, out.Height - ink.Top, ink.Right, out.Height - ink.Bottom},
		})
	}

	oc, err := inst.FPDFPage_CountObjects(&requests.FPDFPage_CountObjects{Page: page})
	if err != nil {
		return out, broken("objects", err)
	}
	// Page objects are bounded with the same limit as glyphs: a page of a
	// million path objects costs as much as one of a million glyphs.
	if lim.Glyphs > 0 && oc.Count > lim.Glyphs {
		return out, fmt.Errorf("page %d has %d objects: %w", index+1, oc.Count, limitError("objects on a page", lim.Glyphs))
	}
	for i := 0; i < oc.Count; i++ {
		if i%glyphCheckEvery == 0 && ctx.Err() != nil {
			return out, fmt.Errorf("page %d: %w", index+1, ctx.Err())
		}
		obj, err := inst.FPDFPage_GetObject(&requests.FPDFPage_GetObject{Page: page, Index: i})
		if err != nil {
			continue
		}
		typ, err := inst.FPDFPageObj_GetType(&requests.FPDFPageObj_GetType{PageObject: obj.PageObject})
		if err != nil || typ.Type != enums.FPDF_PAGEOBJ_PATH {
			continue
		}
		b, err := inst.FPDFPageObj_GetBounds(&requests.FPDFPageObj_GetBounds{PageObject: obj.PageObject})
		if err != nil {
			continue
		}
		out.Rules = append(out.Rules, rule{
			X0: float64(b.Left), X1: float64(b.Right),
			Y0: out.Height - float64(b.Top), Y1: out.Height - float64(b.Bottom),
		})
	}
	return out, nil
}
