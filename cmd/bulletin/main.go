// Command bulletin turns Chinese civil-affairs bulletins and notices into
// structured records.
package main

import (
	"os"
	"slices"

	"bulletin/parser/segment"
)

func main() {
	tuneMemory()
	if parsesText(os.Args[1:]) {
		// Loading the segmenter is most of a one-file parse: it starts
		// before the command line is read rather than when the first file
		// is (about 1 ms sooner; the parser would start it there).
		segment.Preload()
	}
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

// parsesText reports whether args run a command that parses text. A wrong
// guess costs a load in the background, or the millisecond; asking for
// help loads nothing.
func parsesText(args []string) bool {
	if len(args) == 0 || slices.Contains(args, "--help") || slices.Contains(args, "-h") {
		return false
	}
	switch args[0] {
	case "parse", "view", "report":
		return true
	case "validate":
		return slices.Contains(args[1:], "--text")
	}
	return false
}
