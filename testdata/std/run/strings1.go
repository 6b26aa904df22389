package main

import (
	"fmt"
	"strings"
	"unicode"
)

func main() {
	s := "  Hello, World! Hello, Go!  "
	fmt.Println(strings.TrimSpace(s))
	fmt.Println(strings.Contains(s, "World"), strings.Index(s, "Go"), strings.LastIndex(s, "Hello"))
	fmt.Println(strings.Split("a,b,,c", ","), len(strings.Split("a,b,,c", ",")))
	fmt.Printf("%q\n", strings.Fields("  a b\tc\n d  "))
	fmt.Println(strings.Join([]string{"x", "y", "z"}, "-"))
	fmt.Println(strings.Repeat("ab", 3), strings.ToUpper("héllo"), strings.ToLower("ABC"))
	fmt.Println(strings.Replace("aaaa", "a", "b", 2), strings.ReplaceAll("banana", "na", "NA"))
	fmt.Println(strings.HasPrefix("golang", "go"), strings.HasSuffix("golang", "ng"))
	fmt.Println(strings.EqualFold("Go", "GO"), strings.Count("cheese", "e"), strings.Count("five", ""))
	before, after, found := strings.Cut("key=value", "=")
	fmt.Println(before, after, found)
	fmt.Println(strings.Map(func(r rune) rune {
		if unicode.IsUpper(r) {
			return unicode.ToLower(r)
		}
		return unicode.ToUpper(r)
	}, "Hello World"))
	var b strings.Builder
	for i := 0; i < 5; i++ {
		fmt.Fprintf(&b, "%d,", i)
	}
	b.WriteString("end")
	b.WriteByte('!')
	b.WriteRune('é')
	fmt.Println(b.String(), b.Len())
	fmt.Println(strings.Title("hello world"), strings.TrimLeft("xxhixx", "x"), strings.TrimSuffix("file.go", ".go"))
	fmt.Println(strings.SplitN("a:b:c:d", ":", 2), strings.SplitAfter("a:b:c", ":"))
	fmt.Println(strings.IndexByte("abc", 'c'), strings.IndexRune("chicken", 'k'), strings.IndexAny("golang", "ny"))
	r := strings.NewReplacer("<", "&lt;", ">", "&gt;")
	fmt.Println(r.Replace("<b>bold</b>"))
	rd := strings.NewReader("abc")
	buf := make([]byte, 2)
	n, err := rd.Read(buf)
	fmt.Println(n, err, string(buf[:n]), rd.Len())
	fmt.Println(strings.Compare("a", "b"), strings.ContainsRune("abc", 'b'), strings.TrimFunc("123abc456", unicode.IsDigit))
}
