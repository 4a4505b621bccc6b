// Command genplaces writes the gazetteer's tables (places_gen.go) from
// parser/lexicon's data files. It runs from go generate in parser/lexicon:
//
//	go run ./genplaces -o places_gen.go
package main

import (
	"flag"
	"fmt"
	"go/format"
	"os"

	"bulletin/parser/lexicon"
)

func main() {
	out := flag.String("o", "places_gen.go", "output file")
	flag.Parse()
	src, err := format.Source(lexicon.PlacesSource())
	if err == nil {
		err = os.WriteFile(*out, src, 0o644)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "genplaces:", err)
		os.Exit(1)
	}
}
