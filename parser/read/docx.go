package read

import (
	"context"
	"errors"
)

type docxReader struct{}

func (docxReader) Format() Format { return DOCX }

func (docxReader) Sniff(data []byte) bool { return false }

func (docxReader) Read(ctx context.Context, data []byte, lim Limits) (*Result, error) {
	return nil, errors.New("docx: not read yet")
}
