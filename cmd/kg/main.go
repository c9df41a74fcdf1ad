// Command kg turns text about people, projects and institutions into a
// knowledge graph. See README.md, or run kg help.
package main

import "os"

func main() { os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr)) }
