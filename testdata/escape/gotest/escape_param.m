./escape_param.go:19:13: leaking param: p to result ~r0 level=0
./escape_param.go:29:2: moved to heap: i
./escape_param.go:34:13: leaking param: p1 to result ~r0 level=0
./escape_param.go:34:17: leaking param: p2 to result ~r1 level=0
./escape_param.go:39:2: moved to heap: i
./escape_param.go:45:13: leaking param: p1
./escape_param.go:45:22: p2 does not escape
./escape_param.go:50:2: moved to heap: i
./escape_param.go:57:2: moved to heap: i
./escape_param.go:64:13: paramArraySelfAssign ignoring self-assignment in p.pairs[0] = p.pairs[1]
./escape_param.go:63:27: p does not escape
./escape_param.go:67:38: leaking param content: p
./escape_param.go:85:16: leaking param: x
./escape_param.go:90:14: sinkAfterSelfAssignment1 ignoring self-assignment in box.pair.p1 = box.pair.p2
./escape_param.go:89:31: leaking param content: box
./escape_param.go:95:14: sinkAfterSelfAssignment2 ignoring self-assignment in box.pair.p1 = box.pair.p2
./escape_param.go:94:31: leaking param content: box
./escape_param.go:100:14: sinkAfterSelfAssignment3 ignoring self-assignment in box.pair.p1 = box.pair.p2
./escape_param.go:99:31: leaking param content: box
./escape_param.go:105:14: sinkAfterSelfAssignment4 ignoring self-assignment in box.pair.p1 = box.pair.p2
./escape_param.go:104:31: leaking param content: box
./escape_param.go:110:15: selfAssignmentAndUnrelated ignoring self-assignment in box1.pair.p1 = box1.pair.p2
./escape_param.go:109:33: box1 does not escape
./escape_param.go:109:39: leaking param content: box2
./escape_param.go:114:25: box1 does not escape
./escape_param.go:114:31: leaking param content: box2
./escape_param.go:118:25: p1 does not escape
./escape_param.go:118:29: leaking param content: p2
./escape_param.go:122:25: p1 does not escape
./escape_param.go:122:29: leaking param content: p2
./escape_param.go:127:14: boxedPairSelfAssign ignoring self-assignment in box.pair.p1 = box.pair.p2
./escape_param.go:126:26: box does not escape
./escape_param.go:131:12: wrappedPairSelfAssign ignoring self-assignment in w.pair.p1 = w.pair.p2
./escape_param.go:130:28: w does not escape
./escape_param.go:141:7: param3 ignoring self-assignment in p.p1 = p.p2
./escape_param.go:140:13: p does not escape
./escape_param.go:153:2: moved to heap: i
./escape_param.go:154:2: moved to heap: j
./escape_param.go:157:9: p escapes to heap
./escape_param.go:161:7: p does not escape
./escape_param.go:161:23: leaking param: i
./escape_param.go:166:2: moved to heap: i
./escape_param.go:173:2: moved to heap: i
./escape_param.go:176:9: p escapes to heap
./escape_param.go:180:13: leaking param: i
./escape_param.go:185:2: moved to heap: i
./escape_param.go:190:13: leaking param content: i
./escape_param.go:195:2: moved to heap: i
./escape_param.go:196:2: moved to heap: p
./escape_param.go:202:13: leaking param content: i
./escape_param.go:207:2: moved to heap: i
./escape_param.go:214:13: i does not escape
./escape_param.go:215:9: *(*i) escapes to heap
./escape_param.go:225:13: leaking param: p to result ~r0 level=1
./escape_param.go:237:2: moved to heap: i
./escape_param.go:238:2: moved to heap: p
./escape_param.go:244:14: leaking param: p to result ~r0 level=2
./escape_param.go:256:2: moved to heap: i
./escape_param.go:263:14: moved to heap: i
./escape_param.go:268:2: moved to heap: i
./escape_param.go:269:2: moved to heap: p
./escape_param.go:274:2: moved to heap: i
./escape_param.go:275:2: moved to heap: p
./escape_param.go:280:2: moved to heap: i
./escape_param.go:281:2: moved to heap: p
./escape_param.go:286:2: moved to heap: i
./escape_param.go:287:2: moved to heap: p
./escape_param.go:297:7: r does not escape
./escape_param.go:297:25: moved to heap: i
./escape_param.go:302:2: moved to heap: i
./escape_param.go:303:2: moved to heap: p
./escape_param.go:310:2: moved to heap: i
./escape_param.go:311:2: moved to heap: p
./escape_param.go:312:7: &Indir{} does not escape
./escape_param.go:318:2: moved to heap: i
./escape_param.go:319:2: moved to heap: p
./escape_param.go:326:2: moved to heap: i
./escape_param.go:327:2: moved to heap: p
./escape_param.go:338:7: v does not escape
./escape_param.go:338:22: leaking param: i
./escape_param.go:343:2: moved to heap: i
./escape_param.go:352:2: moved to heap: i
./escape_param.go:360:2: moved to heap: i
./escape_param.go:362:7: &Val{...} does not escape
./escape_param.go:368:2: moved to heap: i
./escape_param.go:369:6: moved to heap: p
./escape_param.go:377:2: moved to heap: i
./escape_param.go:378:6: moved to heap: p
./escape_param.go:385:2: moved to heap: i
./escape_param.go:386:6: moved to heap: p
./escape_param.go:387:7: &Val{...} escapes to heap
./escape_param.go:393:2: moved to heap: i
./escape_param.go:401:2: moved to heap: i
./escape_param.go:403:7: &Val{...} does not escape
./escape_param.go:405:9: *(*v.p) escapes to heap
./escape_param.go:414:8: leaking param content: x
./escape_param.go:415:9: &Node{...} escapes to heap
./escape_param.go:418:8: leaking param content: x
./escape_param.go:419:9: &Node{...} escapes to heap
./escape_param.go:422:8: leaking param: x
./escape_param.go:423:7: &Node{...} does not escape
./escape_param.go:433:15: leaking param: x
./escape_param.go:434:9: x escapes to heap
./escape_param.go:439:15: leaking param: x to result ~r0 level=0
