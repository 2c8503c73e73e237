// Command sizes prints the largest non-test Go files and functions under the
// folders it is given (default: parser), so that the limits the project keeps
// (no file over 600 lines, no function over 120) can be checked in one step:
//
//	go run ./scripts/sizes parser
package main

import (
	"flag"
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

type size struct {
	name  string
	lines int
}

func main() {
	top := flag.Int("top", 5, "how many of each to print")
	maxFile := flag.Int("max-file", 600, "exit 1 when a file has more lines")
	maxFunc := flag.Int("max-func", 120, "exit 1 when a function has more lines")
	flag.Parse()
	roots := flag.Args()
	if len(roots) == 0 {
		roots = []string{"parser"}
	}
	var files, funcs []size
	fset := token.NewFileSet()
	for _, root := range roots {
		err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
			if err != nil || d.IsDir() || !strings.HasSuffix(path, ".go") || strings.HasSuffix(path, "_test.go") {
				return err
			}
			f, err := parser.ParseFile(fset, path, nil, 0)
			if err != nil {
				return err
			}
			files = append(files, size{path, fset.Position(f.End()).Line})
			for _, decl := range f.Decls {
				fn, ok := decl.(*ast.FuncDecl)
				if !ok || fn.Body == nil {
					continue
				}
				name := fn.Name.Name
				if fn.Recv != nil && len(fn.Recv.List) > 0 {
					name = fmt.Sprintf("(%s).%s", recvName(fn.Recv.List[0].Type), name)
				}
				lines := fset.Position(fn.End()).Line - fset.Position(fn.Pos()).Line + 1
				funcs = append(funcs, size{path + ": " + name, lines})
			}
			return nil
		})
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(2)
		}
	}
	status := 0
	for _, group := range []struct {
		title string
		sizes []size
		max   int
	}{{"files", files, *maxFile}, {"functions", funcs, *maxFunc}} {
		sort.Slice(group.sizes, func(i, j int) bool { return group.sizes[i].lines > group.sizes[j].lines })
		fmt.Printf("largest %s (limit %d lines):\n", group.title, group.max)
		for i, s := range group.sizes {
			if i >= *top && s.lines <= group.max {
				break
			}
			fmt.Printf("  %5d  %s\n", s.lines, s.name)
			if s.lines > group.max {
				status = 1
			}
		}
	}
	os.Exit(status)
}

func recvName(e ast.Expr) string {
	switch t := e.(type) {
	case *ast.StarExpr:
		return "*" + recvName(t.X)
	case *ast.Ident:
		return t.Name
	case *ast.IndexExpr:
		return recvName(t.X)
	}
	return "?"
}
