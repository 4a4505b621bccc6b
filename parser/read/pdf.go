package read

import (
	"bytes"
	"context"
	"fmt"
	"strings"
)

// pdfReader reads PDF files through PDFium (see pdf_pdfium.go) and rebuilds
// lines, columns, tables and page chrome from the glyphs' positions (see
// pdf_layout.go).
type pdfReader struct{}

func (pdfReader) Format() Format { return PDF }

// pdfSniffWindow is how far into a file readers look for the header: the
// PDF reference lets a file start with up to 1024 bytes of junk (a BOM,
// a mail header) before "%PDF-".
const pdfSniffWindow = 1024

func (pdfReader) Sniff(data []byte) bool {
	head := data[:min(len(data), pdfSniffWindow)]
	return bytes.Contains(head, []byte("%PDF-"))
}

func (pdfReader) Read(ctx context.Context, data []byte, lim Limits) (*Result, error) {
	if lim.Time > 0 {
		var cancel context.CancelFunc
		ctx, cancel = context.WithTimeout(ctx, lim.Time)
		defer cancel()
	}
	pages, err := pdfExtract(ctx, data, lim)
	if err != nil {
		return nil, err
	}
	texts := layoutDocument(pages)
	if strings.TrimSpace(strings.Join(texts, "")) == "" {
		return nil, fmt.Errorf("%w (%d pages, not a glyph on them)", ErrNoText, len(pages))
	}
	for i := 1; i < len(texts); i++ {
		texts[i] = "\f" + texts[i]
	}
	return &Result{Format: PDF, Text: strings.Join(texts, "\n"), Pages: len(pages)}, nil
}
