// Command bulletin turns Chinese civil-affairs bulletins and notices into
// structured records.
package main

import "os"

func main() {
	tuneMemory()
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}
