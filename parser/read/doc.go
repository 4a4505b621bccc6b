package read

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os/exec"
	"strings"
)

// docReader reads Word 97–2003 files (.doc) through antiword, a small
// program (GPL) that has read them for decades: its DocBook output keeps
// paragraphs, headings and table cells apart, where its plain text wraps
// table cells inside fixed-width columns. Without antiword on the PATH the
// reader says how to install it, or to save the file as .docx.
//
// antiword does not print the labels of Word's automatic numbering (it
// knows a list is numbered, not that its labels read 一、 or （1）), so
// such labels are missing from a .doc's text; typed labels are kept.
type docReader struct{}

func (docReader) Format() Format { return DOC }

// Sniff accepts an OLE compound file that holds a WordDocument stream, or
// an encrypted Office file (which is read to say it needs a password). A
// compound file whose directory cannot be read is accepted too, so that it
// is reported as a damaged Word file rather than read as text; an Excel or
// PowerPoint file is not.
func (docReader) Sniff(data []byte) bool {
	if !bytes.HasPrefix(data, oleSignature) {
		return false
	}
	f, err := oleOpen(data)
	if err != nil {
		return true
	}
	_, word := f.stream("WordDocument")
	_, encrypted := f.stream("EncryptedPackage")
	return word || encrypted
}

// docProgram is the program that reads a .doc.
const docProgram = "antiword"

// docInstallHint says how to get antiword.
const docInstallHint = "install antiword (apt-get install antiword, brew install antiword) or save the file as .docx"

func (docReader) Read(ctx context.Context, data []byte, lim Limits) (*Result, error) {
	lim = wordLimits(lim)
	ctx, cancel := context.WithTimeout(ctx, lim.Time)
	defer cancel()
	f, err := oleOpen(data)
	if err != nil {
		return nil, fmt.Errorf("%v: %w", err, ErrBroken)
	}
	if _, ok := f.stream("EncryptedPackage"); ok {
		return nil, fmt.Errorf("a password-protected Office file: %w", ErrEncrypted)
	}
	if _, ok := f.stream("WordDocument"); !ok {
		return nil, fmt.Errorf("a compound file with no WordDocument stream (an Excel or PowerPoint file?): %w", ErrBroken)
	}
	if f.wordEncrypted() {
		return nil, fmt.Errorf("a password-protected Word file: %w", ErrEncrypted)
	}
	data, err = f.forAntiword(lim.Inflated)
	if err != nil {
		if errors.Is(err, ErrLimit) {
			return nil, err
		}
		return nil, fmt.Errorf("%v: %w", err, ErrBroken)
	}
	prog, err := exec.LookPath(docProgram)
	if err != nil {
		return nil, fmt.Errorf("reading a Word 97-2003 .doc needs %s: %s: %w", docProgram, docInstallHint, ErrNeedsProgram)
	}
	// DocBook first; antiword gives up on some odd documents there
	// ("impossible tag sequence") and reads them as plain text. Its DocBook
	// turns a TAB into a space, where its plain text keeps it: a row typed
	// with TABs between its cells takes them back from the plain text.
	out, err := docRun(ctx, prog, data, lim, "-x", "db")
	var text string
	if err == nil {
		var tabs *docTabs
		plain, perr := docRun(ctx, prog, data, lim, "-m", "UTF-8.txt", "-w", "0")
		switch {
		case perr == nil:
			tabs = newDocTabs(plain)
		case docFatal(perr):
			return nil, perr
		}
		text, err = docbookText(ctx, out, lim, tabs)
	}
	if err != nil && !docFatal(err) {
		if out, err = docRun(ctx, prog, data, lim, "-m", "UTF-8.txt", "-w", "0"); err == nil {
			text, err = docPlainText(out, lim)
		}
	}
	if err != nil {
		return nil, err
	}
	if strings.TrimSpace(strings.ReplaceAll(text, "\t", "")) == "" {
		return nil, fmt.Errorf("no paragraphs of text: %w", ErrNoText)
	}
	return &Result{Format: DOC, Text: text, Encoding: "utf-8"}, nil
}

// docFatal reports whether err ends the read: a limit passed or the time
// run out, where trying antiword again would pass it again.
func docFatal(err error) bool {
	return errors.Is(err, ErrLimit) || errors.Is(err, context.Canceled) || errors.Is(err, context.DeadlineExceeded)
}

// docRun runs antiword on data (given on its standard input, so no file is
// left behind) and returns what it prints, at most lim.Inflated bytes.
func docRun(ctx context.Context, prog string, data []byte, lim Limits, args ...string) ([]byte, error) {
	cmd := exec.CommandContext(ctx, prog, append(args, "-")...)
	cmd.Stdin = bytes.NewReader(data)
	stdout := &docCapped{limit: lim.Inflated}
	stderr := &docCapped{limit: lim.Inflated}
	cmd.Stdout, cmd.Stderr = stdout, stderr
	err := cmd.Run()
	switch {
	case ctx.Err() != nil:
		return nil, fmt.Errorf("%s: %w", docProgram, ctx.Err())
	case stdout.over:
		return nil, limitError("bytes of text", lim.Inflated)
	case err != nil:
		msg := strings.TrimSpace(stderr.b.String())
		if k := strings.LastIndexByte(msg, '\n'); k >= 0 {
			msg = msg[k+1:]
		}
		if msg == "" {
			msg = err.Error()
		}
		return nil, fmt.Errorf("%s: %s: %w", docProgram, msg, ErrBroken)
	}
	return stdout.b.Bytes(), nil
}

// docCapped keeps what a program writes up to limit bytes, and fails the
// write past it, which stops the program.
type docCapped struct {
	b     bytes.Buffer
	limit int64
	over  bool
}

func (c *docCapped) Write(p []byte) (int, error) {
	if int64(c.b.Len()+len(p)) > c.limit {
		c.over = true
		return 0, limitError("bytes of output", c.limit)
	}
	return c.b.Write(p)
}
