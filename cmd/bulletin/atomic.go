package main

import (
	"os"
	"path/filepath"
)

// atomicFile is an output file written beside its final path and renamed
// into place only when complete, so an interrupted or failed run never
// leaves a half-written file.
type atomicFile struct {
	*os.File
	path string
}

func createAtomic(path string) (*atomicFile, error) {
	dir := filepath.Dir(path)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, err
	}
	f, err := os.CreateTemp(dir, "."+filepath.Base(path)+".*.tmp")
	if err != nil {
		return nil, err
	}
	pending.addTemp(f.Name())
	return &atomicFile{File: f, path: path}, nil
}

// Commit closes the file and renames it into place.
func (a *atomicFile) Commit() error {
	defer pending.dropTemp(a.File.Name())
	if err := a.File.Chmod(0o644); err != nil {
		a.Abort()
		return err
	}
	if err := a.File.Close(); err != nil {
		os.Remove(a.File.Name())
		return err
	}
	if err := os.Rename(a.File.Name(), a.path); err != nil {
		os.Remove(a.File.Name())
		return err
	}
	return nil
}

// Abort closes and removes the temporary file.
func (a *atomicFile) Abort() {
	defer pending.dropTemp(a.File.Name())
	a.File.Close()
	os.Remove(a.File.Name())
}
