package read

import (
	"context"
	"errors"
)

type docReader struct{}

func (docReader) Format() Format { return DOC }

func (docReader) Sniff(data []byte) bool { return false }

func (docReader) Read(ctx context.Context, data []byte, lim Limits) (*Result, error) {
	return nil, errors.New("doc: not read yet")
}
