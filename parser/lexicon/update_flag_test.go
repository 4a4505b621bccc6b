package lexicon

import "flag"

// The README's go test ./... -update passes -update to every package; this
// one keeps no golden files, so it takes the flag and ignores it.
var _ = flag.Bool("update", false, "no golden files here")
