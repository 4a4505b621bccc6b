package chrono

import "flag"

// The -update flag is defined in every test package so that
// go test ./... -update runs; this package has no golden files to rewrite.
var _ = flag.Bool("update", false, "rewrite golden files")
