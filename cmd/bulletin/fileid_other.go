//go:build !unix

package main

import "os"

// fileID names a folder; without inode numbers link loops are bounded by
// the file system's own limit on path length.
type fileID struct{ path string }

func idOf(st os.FileInfo) (fileID, bool) { return fileID{}, false }
