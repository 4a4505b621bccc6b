// Command bulletin turns Chinese civil-affairs bulletins and notices into
// structured records.
package main

import (
	"os"
	"runtime/debug"
)

func main() {
	if os.Getenv("GOGC") == "" {
		// A run is short and its heap small (tens of MB, flat over any
		// number of files): collect less often and spend the time parsing.
		debug.SetGCPercent(400)
	}
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}
