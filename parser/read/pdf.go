package read

import (
	"context"
	"errors"
)

type pdfReader struct{}

func (pdfReader) Format() Format { return PDF }

func (pdfReader) Sniff(data []byte) bool { return false }

func (pdfReader) Read(ctx context.Context, data []byte, lim Limits) (*Result, error) {
	return nil, errors.New("pdf: not read yet")
}
