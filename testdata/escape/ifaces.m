./ifaces.go:64:20: devirtualizing s.Area to Rect
./ifaces.go:15:7: c does not escape
./ifaces.go:17:12: leaking param content: shapes
./ifaces.go:25:11: leaking param: v
./ifaces.go:28:20: ... argument does not escape
./ifaces.go:28:21: "int " escapes to heap
./ifaces.go:28:29: x escapes to heap
./ifaces.go:30:20: "string " + x escapes to heap
./ifaces.go:32:20: ... argument does not escape
./ifaces.go:32:22: x.W escapes to heap
./ifaces.go:40:12: leaking param: err
./ifaces.go:44:13: v does not escape
./ifaces.go:54:11: leaking param: err
./ifaces.go:55:19: ... argument does not escape
./ifaces.go:59:19: []Shape{...} does not escape
./ifaces.go:59:24: Rect{...} escapes to heap
./ifaces.go:59:32: &Circle{...} escapes to heap
./ifaces.go:60:13: ... argument does not escape
./ifaces.go:60:19: total(shapes) escapes to heap
./ifaces.go:61:13: ... argument does not escape
./ifaces.go:61:18: kind(1) escapes to heap
./ifaces.go:61:19: 1 escapes to heap
./ifaces.go:61:27: kind("s") escapes to heap
./ifaces.go:61:28: "s" escapes to heap
./ifaces.go:61:38: kind(&Rect{}) escapes to heap
./ifaces.go:61:39: &Rect{} escapes to heap
./ifaces.go:61:53: kind(ErrX) escapes to heap
./ifaces.go:61:65: kind(2.5) escapes to heap
./ifaces.go:61:66: 2.5 escapes to heap
./ifaces.go:62:13: ... argument does not escape
./ifaces.go:62:19: check(nil) escapes to heap
./ifaces.go:62:32: assert(3) escapes to heap
./ifaces.go:62:33: 3 does not escape
./ifaces.go:62:43: assert(Rect{...}) escapes to heap
./ifaces.go:62:48: Rect{...} does not escape
./ifaces.go:63:20: Rect{...} does not escape
./ifaces.go:64:13: ... argument does not escape
./ifaces.go:64:20: Rect.Area(s.(Rect)) escapes to heap
./ifaces.go:66:13: ... argument does not escape
./ifaces.go:66:38: errors.Unwrap(err) == ErrX escapes to heap
./ifaces.go:69:13: ... argument does not escape
./ifaces.go:69:31: 42 escapes to heap
./ifaces.go:69:35: "str" escapes to heap
