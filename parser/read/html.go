package read

import (
	"context"
	"errors"
)

type htmlReader struct{}

func (htmlReader) Format() Format { return HTML }

func (htmlReader) Sniff(data []byte) bool { return false }

func (htmlReader) Read(ctx context.Context, data []byte, lim Limits) (*Result, error) {
	return nil, errors.New("html: not read yet")
}
