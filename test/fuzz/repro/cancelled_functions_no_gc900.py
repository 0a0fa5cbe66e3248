# gcscope fuzz reproducer: 3 000 functions. When isCancelled fires while analyzeModule runs the
# per-function lint simulations, the remaining functions are skipped silently: no GC900 tells the
# user the analysis was cut short (engine/src/analyze.ts, the `opts.isCancelled?.()` continue).
def f0(a):
    l = [a]
    l.append(l)
    return f1(l)
def f1(a):
    l = [a]
    l.append(l)
    return f2(l)
def f2(a):
    l = [a]
    l.append(l)
    return f3(l)
def f3(a):
    l = [a]
    l.append(l)
    return f4(l)
def f4(a):
    l = [a]
    l.append(l)
    return f5(l)
def f5(a):
    l = [a]
    l.append(l)
    return f6(l)
def f6(a):
    l = [a]
    l.append(l)
    return f7(l)
def f7(a):
    l = [a]
    l.append(l)
    return f8(l)
def f8(a):
    l = [a]
    l.append(l)
    return f9(l)
def f9(a):
    l = [a]
    l.append(l)
    return f10(l)
def f10(a):
    l = [a]
    l.append(l)
    return f11(l)
def f11(a):
    l = [a]
    l.append(l)
    return f12(l)
def f12(a):
    l = [a]
    l.append(l)
    return f13(l)
def f13(a):
    l = [a]
    l.append(l)
    return f14(l)
def f14(a):
    l = [a]
    l.append(l)
    return f15(l)
def f15(a):
    l = [a]
    l.append(l)
    return f16(l)
def f16(a):
    l = [a]
    l.append(l)
    return f17(l)
def f17(a):
    l = [a]
    l.append(l)
    return f18(l)
def f18(a):
    l = [a]
    l.append(l)
    return f19(l)
def f19(a):
    l = [a]
    l.append(l)
    return f20(l)
def f20(a):
    l = [a]
    l.append(l)
    return f21(l)
def f21(a):
    l = [a]
    l.append(l)
    return f22(l)
def f22(a):
    l = [a]
    l.append(l)
    return f23(l)
def f23(a):
    l = [a]
    l.append(l)
    return f24(l)
def f24(a):
    l = [a]
    l.append(l)
    return f25(l)
def f25(a):
    l = [a]
    l.append(l)
    return f26(l)
def f26(a):
    l = [a]
    l.append(l)
    return f27(l)
def f27(a):
    l = [a]
    l.append(l)
    return f28(l)
def f28(a):
    l = [a]
    l.append(l)
    return f29(l)
def f29(a):
    l = [a]
    l.append(l)
    return f30(l)
def f30(a):
    l = [a]
    l.append(l)
    return f31(l)
def f31(a):
    l = [a]
    l.append(l)
    return f32(l)
def f32(a):
    l = [a]
    l.append(l)
    return f33(l)
def f33(a):
    l = [a]
    l.append(l)
    return f34(l)
def f34(a):
    l = [a]
    l.append(l)
    return f35(l)
def f35(a):
    l = [a]
    l.append(l)
    return f36(l)
def f36(a):
    l = [a]
    l.append(l)
    return f37(l)
def f37(a):
    l = [a]
    l.append(l)
    return f38(l)
def f38(a):
    l = [a]
    l.append(l)
    return f39(l)
def f39(a):
    l = [a]
    l.append(l)
    return f40(l)
def f40(a):
    l = [a]
    l.append(l)
    return f41(l)
def f41(a):
    l = [a]
    l.append(l)
    return f42(l)
def f42(a):
    l = [a]
    l.append(l)
    return f43(l)
def f43(a):
    l = [a]
    l.append(l)
    return f44(l)
def f44(a):
    l = [a]
    l.append(l)
    return f45(l)
def f45(a):
    l = [a]
    l.append(l)
    return f46(l)
def f46(a):
    l = [a]
    l.append(l)
    return f47(l)
def f47(a):
    l = [a]
    l.append(l)
    return f48(l)
def f48(a):
    l = [a]
    l.append(l)
    return f49(l)
def f49(a):
    l = [a]
    l.append(l)
    return f50(l)
def f50(a):
    l = [a]
    l.append(l)
    return f51(l)
def f51(a):
    l = [a]
    l.append(l)
    return f52(l)
def f52(a):
    l = [a]
    l.append(l)
    return f53(l)
def f53(a):
    l = [a]
    l.append(l)
    return f54(l)
def f54(a):
    l = [a]
    l.append(l)
    return f55(l)
def f55(a):
    l = [a]
    l.append(l)
    return f56(l)
def f56(a):
    l = [a]
    l.append(l)
    return f57(l)
def f57(a):
    l = [a]
    l.append(l)
    return f58(l)
def f58(a):
    l = [a]
    l.append(l)
    return f59(l)
def f59(a):
    l = [a]
    l.append(l)
    return f60(l)
def f60(a):
    l = [a]
    l.append(l)
    return f61(l)
def f61(a):
    l = [a]
    l.append(l)
    return f62(l)
def f62(a):
    l = [a]
    l.append(l)
    return f63(l)
def f63(a):
    l = [a]
    l.append(l)
    return f64(l)
def f64(a):
    l = [a]
    l.append(l)
    return f65(l)
def f65(a):
    l = [a]
    l.append(l)
    return f66(l)
def f66(a):
    l = [a]
    l.append(l)
    return f67(l)
def f67(a):
    l = [a]
    l.append(l)
    return f68(l)
def f68(a):
    l = [a]
    l.append(l)
    return f69(l)
def f69(a):
    l = [a]
    l.append(l)
    return f70(l)
def f70(a):
    l = [a]
    l.append(l)
    return f71(l)
def f71(a):
    l = [a]
    l.append(l)
    return f72(l)
def f72(a):
    l = [a]
    l.append(l)
    return f73(l)
def f73(a):
    l = [a]
    l.append(l)
    return f74(l)
def f74(a):
    l = [a]
    l.append(l)
    return f75(l)
def f75(a):
    l = [a]
    l.append(l)
    return f76(l)
def f76(a):
    l = [a]
    l.append(l)
    return f77(l)
def f77(a):
    l = [a]
    l.append(l)
    return f78(l)
def f78(a):
    l = [a]
    l.append(l)
    return f79(l)
def f79(a):
    l = [a]
    l.append(l)
    return f80(l)
def f80(a):
    l = [a]
    l.append(l)
    return f81(l)
def f81(a):
    l = [a]
    l.append(l)
    return f82(l)
def f82(a):
    l = [a]
    l.append(l)
    return f83(l)
def f83(a):
    l = [a]
    l.append(l)
    return f84(l)
def f84(a):
    l = [a]
    l.append(l)
    return f85(l)
def f85(a):
    l = [a]
    l.append(l)
    return f86(l)
def f86(a):
    l = [a]
    l.append(l)
    return f87(l)
def f87(a):
    l = [a]
    l.append(l)
    return f88(l)
def f88(a):
    l = [a]
    l.append(l)
    return f89(l)
def f89(a):
    l = [a]
    l.append(l)
    return f90(l)
def f90(a):
    l = [a]
    l.append(l)
    return f91(l)
def f91(a):
    l = [a]
    l.append(l)
    return f92(l)
def f92(a):
    l = [a]
    l.append(l)
    return f93(l)
def f93(a):
    l = [a]
    l.append(l)
    return f94(l)
def f94(a):
    l = [a]
    l.append(l)
    return f95(l)
def f95(a):
    l = [a]
    l.append(l)
    return f96(l)
def f96(a):
    l = [a]
    l.append(l)
    return f97(l)
def f97(a):
    l = [a]
    l.append(l)
    return f98(l)
def f98(a):
    l = [a]
    l.append(l)
    return f99(l)
def f99(a):
    l = [a]
    l.append(l)
    return f100(l)
def f100(a):
    l = [a]
    l.append(l)
    return f101(l)
def f101(a):
    l = [a]
    l.append(l)
    return f102(l)
def f102(a):
    l = [a]
    l.append(l)
    return f103(l)
def f103(a):
    l = [a]
    l.append(l)
    return f104(l)
def f104(a):
    l = [a]
    l.append(l)
    return f105(l)
def f105(a):
    l = [a]
    l.append(l)
    return f106(l)
def f106(a):
    l = [a]
    l.append(l)
    return f107(l)
def f107(a):
    l = [a]
    l.append(l)
    return f108(l)
def f108(a):
    l = [a]
    l.append(l)
    return f109(l)
def f109(a):
    l = [a]
    l.append(l)
    return f110(l)
def f110(a):
    l = [a]
    l.append(l)
    return f111(l)
def f111(a):
    l = [a]
    l.append(l)
    return f112(l)
def f112(a):
    l = [a]
    l.append(l)
    return f113(l)
def f113(a):
    l = [a]
    l.append(l)
    return f114(l)
def f114(a):
    l = [a]
    l.append(l)
    return f115(l)
def f115(a):
    l = [a]
    l.append(l)
    return f116(l)
def f116(a):
    l = [a]
    l.append(l)
    return f117(l)
def f117(a):
    l = [a]
    l.append(l)
    return f118(l)
def f118(a):
    l = [a]
    l.append(l)
    return f119(l)
def f119(a):
    l = [a]
    l.append(l)
    return f120(l)
def f120(a):
    l = [a]
    l.append(l)
    return f121(l)
def f121(a):
    l = [a]
    l.append(l)
    return f122(l)
def f122(a):
    l = [a]
    l.append(l)
    return f123(l)
def f123(a):
    l = [a]
    l.append(l)
    return f124(l)
def f124(a):
    l = [a]
    l.append(l)
    return f125(l)
def f125(a):
    l = [a]
    l.append(l)
    return f126(l)
def f126(a):
    l = [a]
    l.append(l)
    return f127(l)
def f127(a):
    l = [a]
    l.append(l)
    return f128(l)
def f128(a):
    l = [a]
    l.append(l)
    return f129(l)
def f129(a):
    l = [a]
    l.append(l)
    return f130(l)
def f130(a):
    l = [a]
    l.append(l)
    return f131(l)
def f131(a):
    l = [a]
    l.append(l)
    return f132(l)
def f132(a):
    l = [a]
    l.append(l)
    return f133(l)
def f133(a):
    l = [a]
    l.append(l)
    return f134(l)
def f134(a):
    l = [a]
    l.append(l)
    return f135(l)
def f135(a):
    l = [a]
    l.append(l)
    return f136(l)
def f136(a):
    l = [a]
    l.append(l)
    return f137(l)
def f137(a):
    l = [a]
    l.append(l)
    return f138(l)
def f138(a):
    l = [a]
    l.append(l)
    return f139(l)
def f139(a):
    l = [a]
    l.append(l)
    return f140(l)
def f140(a):
    l = [a]
    l.append(l)
    return f141(l)
def f141(a):
    l = [a]
    l.append(l)
    return f142(l)
def f142(a):
    l = [a]
    l.append(l)
    return f143(l)
def f143(a):
    l = [a]
    l.append(l)
    return f144(l)
def f144(a):
    l = [a]
    l.append(l)
    return f145(l)
def f145(a):
    l = [a]
    l.append(l)
    return f146(l)
def f146(a):
    l = [a]
    l.append(l)
    return f147(l)
def f147(a):
    l = [a]
    l.append(l)
    return f148(l)
def f148(a):
    l = [a]
    l.append(l)
    return f149(l)
def f149(a):
    l = [a]
    l.append(l)
    return f150(l)
def f150(a):
    l = [a]
    l.append(l)
    return f151(l)
def f151(a):
    l = [a]
    l.append(l)
    return f152(l)
def f152(a):
    l = [a]
    l.append(l)
    return f153(l)
def f153(a):
    l = [a]
    l.append(l)
    return f154(l)
def f154(a):
    l = [a]
    l.append(l)
    return f155(l)
def f155(a):
    l = [a]
    l.append(l)
    return f156(l)
def f156(a):
    l = [a]
    l.append(l)
    return f157(l)
def f157(a):
    l = [a]
    l.append(l)
    return f158(l)
def f158(a):
    l = [a]
    l.append(l)
    return f159(l)
def f159(a):
    l = [a]
    l.append(l)
    return f160(l)
def f160(a):
    l = [a]
    l.append(l)
    return f161(l)
def f161(a):
    l = [a]
    l.append(l)
    return f162(l)
def f162(a):
    l = [a]
    l.append(l)
    return f163(l)
def f163(a):
    l = [a]
    l.append(l)
    return f164(l)
def f164(a):
    l = [a]
    l.append(l)
    return f165(l)
def f165(a):
    l = [a]
    l.append(l)
    return f166(l)
def f166(a):
    l = [a]
    l.append(l)
    return f167(l)
def f167(a):
    l = [a]
    l.append(l)
    return f168(l)
def f168(a):
    l = [a]
    l.append(l)
    return f169(l)
def f169(a):
    l = [a]
    l.append(l)
    return f170(l)
def f170(a):
    l = [a]
    l.append(l)
    return f171(l)
def f171(a):
    l = [a]
    l.append(l)
    return f172(l)
def f172(a):
    l = [a]
    l.append(l)
    return f173(l)
def f173(a):
    l = [a]
    l.append(l)
    return f174(l)
def f174(a):
    l = [a]
    l.append(l)
    return f175(l)
def f175(a):
    l = [a]
    l.append(l)
    return f176(l)
def f176(a):
    l = [a]
    l.append(l)
    return f177(l)
def f177(a):
    l = [a]
    l.append(l)
    return f178(l)
def f178(a):
    l = [a]
    l.append(l)
    return f179(l)
def f179(a):
    l = [a]
    l.append(l)
    return f180(l)
def f180(a):
    l = [a]
    l.append(l)
    return f181(l)
def f181(a):
    l = [a]
    l.append(l)
    return f182(l)
def f182(a):
    l = [a]
    l.append(l)
    return f183(l)
def f183(a):
    l = [a]
    l.append(l)
    return f184(l)
def f184(a):
    l = [a]
    l.append(l)
    return f185(l)
def f185(a):
    l = [a]
    l.append(l)
    return f186(l)
def f186(a):
    l = [a]
    l.append(l)
    return f187(l)
def f187(a):
    l = [a]
    l.append(l)
    return f188(l)
def f188(a):
    l = [a]
    l.append(l)
    return f189(l)
def f189(a):
    l = [a]
    l.append(l)
    return f190(l)
def f190(a):
    l = [a]
    l.append(l)
    return f191(l)
def f191(a):
    l = [a]
    l.append(l)
    return f192(l)
def f192(a):
    l = [a]
    l.append(l)
    return f193(l)
def f193(a):
    l = [a]
    l.append(l)
    return f194(l)
def f194(a):
    l = [a]
    l.append(l)
    return f195(l)
def f195(a):
    l = [a]
    l.append(l)
    return f196(l)
def f196(a):
    l = [a]
    l.append(l)
    return f197(l)
def f197(a):
    l = [a]
    l.append(l)
    return f198(l)
def f198(a):
    l = [a]
    l.append(l)
    return f199(l)
def f199(a):
    l = [a]
    l.append(l)
    return f200(l)
def f200(a):
    l = [a]
    l.append(l)
    return f201(l)
def f201(a):
    l = [a]
    l.append(l)
    return f202(l)
def f202(a):
    l = [a]
    l.append(l)
    return f203(l)
def f203(a):
    l = [a]
    l.append(l)
    return f204(l)
def f204(a):
    l = [a]
    l.append(l)
    return f205(l)
def f205(a):
    l = [a]
    l.append(l)
    return f206(l)
def f206(a):
    l = [a]
    l.append(l)
    return f207(l)
def f207(a):
    l = [a]
    l.append(l)
    return f208(l)
def f208(a):
    l = [a]
    l.append(l)
    return f209(l)
def f209(a):
    l = [a]
    l.append(l)
    return f210(l)
def f210(a):
    l = [a]
    l.append(l)
    return f211(l)
def f211(a):
    l = [a]
    l.append(l)
    return f212(l)
def f212(a):
    l = [a]
    l.append(l)
    return f213(l)
def f213(a):
    l = [a]
    l.append(l)
    return f214(l)
def f214(a):
    l = [a]
    l.append(l)
    return f215(l)
def f215(a):
    l = [a]
    l.append(l)
    return f216(l)
def f216(a):
    l = [a]
    l.append(l)
    return f217(l)
def f217(a):
    l = [a]
    l.append(l)
    return f218(l)
def f218(a):
    l = [a]
    l.append(l)
    return f219(l)
def f219(a):
    l = [a]
    l.append(l)
    return f220(l)
def f220(a):
    l = [a]
    l.append(l)
    return f221(l)
def f221(a):
    l = [a]
    l.append(l)
    return f222(l)
def f222(a):
    l = [a]
    l.append(l)
    return f223(l)
def f223(a):
    l = [a]
    l.append(l)
    return f224(l)
def f224(a):
    l = [a]
    l.append(l)
    return f225(l)
def f225(a):
    l = [a]
    l.append(l)
    return f226(l)
def f226(a):
    l = [a]
    l.append(l)
    return f227(l)
def f227(a):
    l = [a]
    l.append(l)
    return f228(l)
def f228(a):
    l = [a]
    l.append(l)
    return f229(l)
def f229(a):
    l = [a]
    l.append(l)
    return f230(l)
def f230(a):
    l = [a]
    l.append(l)
    return f231(l)
def f231(a):
    l = [a]
    l.append(l)
    return f232(l)
def f232(a):
    l = [a]
    l.append(l)
    return f233(l)
def f233(a):
    l = [a]
    l.append(l)
    return f234(l)
def f234(a):
    l = [a]
    l.append(l)
    return f235(l)
def f235(a):
    l = [a]
    l.append(l)
    return f236(l)
def f236(a):
    l = [a]
    l.append(l)
    return f237(l)
def f237(a):
    l = [a]
    l.append(l)
    return f238(l)
def f238(a):
    l = [a]
    l.append(l)
    return f239(l)
def f239(a):
    l = [a]
    l.append(l)
    return f240(l)
def f240(a):
    l = [a]
    l.append(l)
    return f241(l)
def f241(a):
    l = [a]
    l.append(l)
    return f242(l)
def f242(a):
    l = [a]
    l.append(l)
    return f243(l)
def f243(a):
    l = [a]
    l.append(l)
    return f244(l)
def f244(a):
    l = [a]
    l.append(l)
    return f245(l)
def f245(a):
    l = [a]
    l.append(l)
    return f246(l)
def f246(a):
    l = [a]
    l.append(l)
    return f247(l)
def f247(a):
    l = [a]
    l.append(l)
    return f248(l)
def f248(a):
    l = [a]
    l.append(l)
    return f249(l)
def f249(a):
    l = [a]
    l.append(l)
    return f250(l)
def f250(a):
    l = [a]
    l.append(l)
    return f251(l)
def f251(a):
    l = [a]
    l.append(l)
    return f252(l)
def f252(a):
    l = [a]
    l.append(l)
    return f253(l)
def f253(a):
    l = [a]
    l.append(l)
    return f254(l)
def f254(a):
    l = [a]
    l.append(l)
    return f255(l)
def f255(a):
    l = [a]
    l.append(l)
    return f256(l)
def f256(a):
    l = [a]
    l.append(l)
    return f257(l)
def f257(a):
    l = [a]
    l.append(l)
    return f258(l)
def f258(a):
    l = [a]
    l.append(l)
    return f259(l)
def f259(a):
    l = [a]
    l.append(l)
    return f260(l)
def f260(a):
    l = [a]
    l.append(l)
    return f261(l)
def f261(a):
    l = [a]
    l.append(l)
    return f262(l)
def f262(a):
    l = [a]
    l.append(l)
    return f263(l)
def f263(a):
    l = [a]
    l.append(l)
    return f264(l)
def f264(a):
    l = [a]
    l.append(l)
    return f265(l)
def f265(a):
    l = [a]
    l.append(l)
    return f266(l)
def f266(a):
    l = [a]
    l.append(l)
    return f267(l)
def f267(a):
    l = [a]
    l.append(l)
    return f268(l)
def f268(a):
    l = [a]
    l.append(l)
    return f269(l)
def f269(a):
    l = [a]
    l.append(l)
    return f270(l)
def f270(a):
    l = [a]
    l.append(l)
    return f271(l)
def f271(a):
    l = [a]
    l.append(l)
    return f272(l)
def f272(a):
    l = [a]
    l.append(l)
    return f273(l)
def f273(a):
    l = [a]
    l.append(l)
    return f274(l)
def f274(a):
    l = [a]
    l.append(l)
    return f275(l)
def f275(a):
    l = [a]
    l.append(l)
    return f276(l)
def f276(a):
    l = [a]
    l.append(l)
    return f277(l)
def f277(a):
    l = [a]
    l.append(l)
    return f278(l)
def f278(a):
    l = [a]
    l.append(l)
    return f279(l)
def f279(a):
    l = [a]
    l.append(l)
    return f280(l)
def f280(a):
    l = [a]
    l.append(l)
    return f281(l)
def f281(a):
    l = [a]
    l.append(l)
    return f282(l)
def f282(a):
    l = [a]
    l.append(l)
    return f283(l)
def f283(a):
    l = [a]
    l.append(l)
    return f284(l)
def f284(a):
    l = [a]
    l.append(l)
    return f285(l)
def f285(a):
    l = [a]
    l.append(l)
    return f286(l)
def f286(a):
    l = [a]
    l.append(l)
    return f287(l)
def f287(a):
    l = [a]
    l.append(l)
    return f288(l)
def f288(a):
    l = [a]
    l.append(l)
    return f289(l)
def f289(a):
    l = [a]
    l.append(l)
    return f290(l)
def f290(a):
    l = [a]
    l.append(l)
    return f291(l)
def f291(a):
    l = [a]
    l.append(l)
    return f292(l)
def f292(a):
    l = [a]
    l.append(l)
    return f293(l)
def f293(a):
    l = [a]
    l.append(l)
    return f294(l)
def f294(a):
    l = [a]
    l.append(l)
    return f295(l)
def f295(a):
    l = [a]
    l.append(l)
    return f296(l)
def f296(a):
    l = [a]
    l.append(l)
    return f297(l)
def f297(a):
    l = [a]
    l.append(l)
    return f298(l)
def f298(a):
    l = [a]
    l.append(l)
    return f299(l)
def f299(a):
    l = [a]
    l.append(l)
    return f300(l)
def f300(a):
    l = [a]
    l.append(l)
    return f301(l)
def f301(a):
    l = [a]
    l.append(l)
    return f302(l)
def f302(a):
    l = [a]
    l.append(l)
    return f303(l)
def f303(a):
    l = [a]
    l.append(l)
    return f304(l)
def f304(a):
    l = [a]
    l.append(l)
    return f305(l)
def f305(a):
    l = [a]
    l.append(l)
    return f306(l)
def f306(a):
    l = [a]
    l.append(l)
    return f307(l)
def f307(a):
    l = [a]
    l.append(l)
    return f308(l)
def f308(a):
    l = [a]
    l.append(l)
    return f309(l)
def f309(a):
    l = [a]
    l.append(l)
    return f310(l)
def f310(a):
    l = [a]
    l.append(l)
    return f311(l)
def f311(a):
    l = [a]
    l.append(l)
    return f312(l)
def f312(a):
    l = [a]
    l.append(l)
    return f313(l)
def f313(a):
    l = [a]
    l.append(l)
    return f314(l)
def f314(a):
    l = [a]
    l.append(l)
    return f315(l)
def f315(a):
    l = [a]
    l.append(l)
    return f316(l)
def f316(a):
    l = [a]
    l.append(l)
    return f317(l)
def f317(a):
    l = [a]
    l.append(l)
    return f318(l)
def f318(a):
    l = [a]
    l.append(l)
    return f319(l)
def f319(a):
    l = [a]
    l.append(l)
    return f320(l)
def f320(a):
    l = [a]
    l.append(l)
    return f321(l)
def f321(a):
    l = [a]
    l.append(l)
    return f322(l)
def f322(a):
    l = [a]
    l.append(l)
    return f323(l)
def f323(a):
    l = [a]
    l.append(l)
    return f324(l)
def f324(a):
    l = [a]
    l.append(l)
    return f325(l)
def f325(a):
    l = [a]
    l.append(l)
    return f326(l)
def f326(a):
    l = [a]
    l.append(l)
    return f327(l)
def f327(a):
    l = [a]
    l.append(l)
    return f328(l)
def f328(a):
    l = [a]
    l.append(l)
    return f329(l)
def f329(a):
    l = [a]
    l.append(l)
    return f330(l)
def f330(a):
    l = [a]
    l.append(l)
    return f331(l)
def f331(a):
    l = [a]
    l.append(l)
    return f332(l)
def f332(a):
    l = [a]
    l.append(l)
    return f333(l)
def f333(a):
    l = [a]
    l.append(l)
    return f334(l)
def f334(a):
    l = [a]
    l.append(l)
    return f335(l)
def f335(a):
    l = [a]
    l.append(l)
    return f336(l)
def f336(a):
    l = [a]
    l.append(l)
    return f337(l)
def f337(a):
    l = [a]
    l.append(l)
    return f338(l)
def f338(a):
    l = [a]
    l.append(l)
    return f339(l)
def f339(a):
    l = [a]
    l.append(l)
    return f340(l)
def f340(a):
    l = [a]
    l.append(l)
    return f341(l)
def f341(a):
    l = [a]
    l.append(l)
    return f342(l)
def f342(a):
    l = [a]
    l.append(l)
    return f343(l)
def f343(a):
    l = [a]
    l.append(l)
    return f344(l)
def f344(a):
    l = [a]
    l.append(l)
    return f345(l)
def f345(a):
    l = [a]
    l.append(l)
    return f346(l)
def f346(a):
    l = [a]
    l.append(l)
    return f347(l)
def f347(a):
    l = [a]
    l.append(l)
    return f348(l)
def f348(a):
    l = [a]
    l.append(l)
    return f349(l)
def f349(a):
    l = [a]
    l.append(l)
    return f350(l)
def f350(a):
    l = [a]
    l.append(l)
    return f351(l)
def f351(a):
    l = [a]
    l.append(l)
    return f352(l)
def f352(a):
    l = [a]
    l.append(l)
    return f353(l)
def f353(a):
    l = [a]
    l.append(l)
    return f354(l)
def f354(a):
    l = [a]
    l.append(l)
    return f355(l)
def f355(a):
    l = [a]
    l.append(l)
    return f356(l)
def f356(a):
    l = [a]
    l.append(l)
    return f357(l)
def f357(a):
    l = [a]
    l.append(l)
    return f358(l)
def f358(a):
    l = [a]
    l.append(l)
    return f359(l)
def f359(a):
    l = [a]
    l.append(l)
    return f360(l)
def f360(a):
    l = [a]
    l.append(l)
    return f361(l)
def f361(a):
    l = [a]
    l.append(l)
    return f362(l)
def f362(a):
    l = [a]
    l.append(l)
    return f363(l)
def f363(a):
    l = [a]
    l.append(l)
    return f364(l)
def f364(a):
    l = [a]
    l.append(l)
    return f365(l)
def f365(a):
    l = [a]
    l.append(l)
    return f366(l)
def f366(a):
    l = [a]
    l.append(l)
    return f367(l)
def f367(a):
    l = [a]
    l.append(l)
    return f368(l)
def f368(a):
    l = [a]
    l.append(l)
    return f369(l)
def f369(a):
    l = [a]
    l.append(l)
    return f370(l)
def f370(a):
    l = [a]
    l.append(l)
    return f371(l)
def f371(a):
    l = [a]
    l.append(l)
    return f372(l)
def f372(a):
    l = [a]
    l.append(l)
    return f373(l)
def f373(a):
    l = [a]
    l.append(l)
    return f374(l)
def f374(a):
    l = [a]
    l.append(l)
    return f375(l)
def f375(a):
    l = [a]
    l.append(l)
    return f376(l)
def f376(a):
    l = [a]
    l.append(l)
    return f377(l)
def f377(a):
    l = [a]
    l.append(l)
    return f378(l)
def f378(a):
    l = [a]
    l.append(l)
    return f379(l)
def f379(a):
    l = [a]
    l.append(l)
    return f380(l)
def f380(a):
    l = [a]
    l.append(l)
    return f381(l)
def f381(a):
    l = [a]
    l.append(l)
    return f382(l)
def f382(a):
    l = [a]
    l.append(l)
    return f383(l)
def f383(a):
    l = [a]
    l.append(l)
    return f384(l)
def f384(a):
    l = [a]
    l.append(l)
    return f385(l)
def f385(a):
    l = [a]
    l.append(l)
    return f386(l)
def f386(a):
    l = [a]
    l.append(l)
    return f387(l)
def f387(a):
    l = [a]
    l.append(l)
    return f388(l)
def f388(a):
    l = [a]
    l.append(l)
    return f389(l)
def f389(a):
    l = [a]
    l.append(l)
    return f390(l)
def f390(a):
    l = [a]
    l.append(l)
    return f391(l)
def f391(a):
    l = [a]
    l.append(l)
    return f392(l)
def f392(a):
    l = [a]
    l.append(l)
    return f393(l)
def f393(a):
    l = [a]
    l.append(l)
    return f394(l)
def f394(a):
    l = [a]
    l.append(l)
    return f395(l)
def f395(a):
    l = [a]
    l.append(l)
    return f396(l)
def f396(a):
    l = [a]
    l.append(l)
    return f397(l)
def f397(a):
    l = [a]
    l.append(l)
    return f398(l)
def f398(a):
    l = [a]
    l.append(l)
    return f399(l)
def f399(a):
    l = [a]
    l.append(l)
    return f400(l)
def f400(a):
    l = [a]
    l.append(l)
    return f401(l)
def f401(a):
    l = [a]
    l.append(l)
    return f402(l)
def f402(a):
    l = [a]
    l.append(l)
    return f403(l)
def f403(a):
    l = [a]
    l.append(l)
    return f404(l)
def f404(a):
    l = [a]
    l.append(l)
    return f405(l)
def f405(a):
    l = [a]
    l.append(l)
    return f406(l)
def f406(a):
    l = [a]
    l.append(l)
    return f407(l)
def f407(a):
    l = [a]
    l.append(l)
    return f408(l)
def f408(a):
    l = [a]
    l.append(l)
    return f409(l)
def f409(a):
    l = [a]
    l.append(l)
    return f410(l)
def f410(a):
    l = [a]
    l.append(l)
    return f411(l)
def f411(a):
    l = [a]
    l.append(l)
    return f412(l)
def f412(a):
    l = [a]
    l.append(l)
    return f413(l)
def f413(a):
    l = [a]
    l.append(l)
    return f414(l)
def f414(a):
    l = [a]
    l.append(l)
    return f415(l)
def f415(a):
    l = [a]
    l.append(l)
    return f416(l)
def f416(a):
    l = [a]
    l.append(l)
    return f417(l)
def f417(a):
    l = [a]
    l.append(l)
    return f418(l)
def f418(a):
    l = [a]
    l.append(l)
    return f419(l)
def f419(a):
    l = [a]
    l.append(l)
    return f420(l)
def f420(a):
    l = [a]
    l.append(l)
    return f421(l)
def f421(a):
    l = [a]
    l.append(l)
    return f422(l)
def f422(a):
    l = [a]
    l.append(l)
    return f423(l)
def f423(a):
    l = [a]
    l.append(l)
    return f424(l)
def f424(a):
    l = [a]
    l.append(l)
    return f425(l)
def f425(a):
    l = [a]
    l.append(l)
    return f426(l)
def f426(a):
    l = [a]
    l.append(l)
    return f427(l)
def f427(a):
    l = [a]
    l.append(l)
    return f428(l)
def f428(a):
    l = [a]
    l.append(l)
    return f429(l)
def f429(a):
    l = [a]
    l.append(l)
    return f430(l)
def f430(a):
    l = [a]
    l.append(l)
    return f431(l)
def f431(a):
    l = [a]
    l.append(l)
    return f432(l)
def f432(a):
    l = [a]
    l.append(l)
    return f433(l)
def f433(a):
    l = [a]
    l.append(l)
    return f434(l)
def f434(a):
    l = [a]
    l.append(l)
    return f435(l)
def f435(a):
    l = [a]
    l.append(l)
    return f436(l)
def f436(a):
    l = [a]
    l.append(l)
    return f437(l)
def f437(a):
    l = [a]
    l.append(l)
    return f438(l)
def f438(a):
    l = [a]
    l.append(l)
    return f439(l)
def f439(a):
    l = [a]
    l.append(l)
    return f440(l)
def f440(a):
    l = [a]
    l.append(l)
    return f441(l)
def f441(a):
    l = [a]
    l.append(l)
    return f442(l)
def f442(a):
    l = [a]
    l.append(l)
    return f443(l)
def f443(a):
    l = [a]
    l.append(l)
    return f444(l)
def f444(a):
    l = [a]
    l.append(l)
    return f445(l)
def f445(a):
    l = [a]
    l.append(l)
    return f446(l)
def f446(a):
    l = [a]
    l.append(l)
    return f447(l)
def f447(a):
    l = [a]
    l.append(l)
    return f448(l)
def f448(a):
    l = [a]
    l.append(l)
    return f449(l)
def f449(a):
    l = [a]
    l.append(l)
    return f450(l)
def f450(a):
    l = [a]
    l.append(l)
    return f451(l)
def f451(a):
    l = [a]
    l.append(l)
    return f452(l)
def f452(a):
    l = [a]
    l.append(l)
    return f453(l)
def f453(a):
    l = [a]
    l.append(l)
    return f454(l)
def f454(a):
    l = [a]
    l.append(l)
    return f455(l)
def f455(a):
    l = [a]
    l.append(l)
    return f456(l)
def f456(a):
    l = [a]
    l.append(l)
    return f457(l)
def f457(a):
    l = [a]
    l.append(l)
    return f458(l)
def f458(a):
    l = [a]
    l.append(l)
    return f459(l)
def f459(a):
    l = [a]
    l.append(l)
    return f460(l)
def f460(a):
    l = [a]
    l.append(l)
    return f461(l)
def f461(a):
    l = [a]
    l.append(l)
    return f462(l)
def f462(a):
    l = [a]
    l.append(l)
    return f463(l)
def f463(a):
    l = [a]
    l.append(l)
    return f464(l)
def f464(a):
    l = [a]
    l.append(l)
    return f465(l)
def f465(a):
    l = [a]
    l.append(l)
    return f466(l)
def f466(a):
    l = [a]
    l.append(l)
    return f467(l)
def f467(a):
    l = [a]
    l.append(l)
    return f468(l)
def f468(a):
    l = [a]
    l.append(l)
    return f469(l)
def f469(a):
    l = [a]
    l.append(l)
    return f470(l)
def f470(a):
    l = [a]
    l.append(l)
    return f471(l)
def f471(a):
    l = [a]
    l.append(l)
    return f472(l)
def f472(a):
    l = [a]
    l.append(l)
    return f473(l)
def f473(a):
    l = [a]
    l.append(l)
    return f474(l)
def f474(a):
    l = [a]
    l.append(l)
    return f475(l)
def f475(a):
    l = [a]
    l.append(l)
    return f476(l)
def f476(a):
    l = [a]
    l.append(l)
    return f477(l)
def f477(a):
    l = [a]
    l.append(l)
    return f478(l)
def f478(a):
    l = [a]
    l.append(l)
    return f479(l)
def f479(a):
    l = [a]
    l.append(l)
    return f480(l)
def f480(a):
    l = [a]
    l.append(l)
    return f481(l)
def f481(a):
    l = [a]
    l.append(l)
    return f482(l)
def f482(a):
    l = [a]
    l.append(l)
    return f483(l)
def f483(a):
    l = [a]
    l.append(l)
    return f484(l)
def f484(a):
    l = [a]
    l.append(l)
    return f485(l)
def f485(a):
    l = [a]
    l.append(l)
    return f486(l)
def f486(a):
    l = [a]
    l.append(l)
    return f487(l)
def f487(a):
    l = [a]
    l.append(l)
    return f488(l)
def f488(a):
    l = [a]
    l.append(l)
    return f489(l)
def f489(a):
    l = [a]
    l.append(l)
    return f490(l)
def f490(a):
    l = [a]
    l.append(l)
    return f491(l)
def f491(a):
    l = [a]
    l.append(l)
    return f492(l)
def f492(a):
    l = [a]
    l.append(l)
    return f493(l)
def f493(a):
    l = [a]
    l.append(l)
    return f494(l)
def f494(a):
    l = [a]
    l.append(l)
    return f495(l)
def f495(a):
    l = [a]
    l.append(l)
    return f496(l)
def f496(a):
    l = [a]
    l.append(l)
    return f497(l)
def f497(a):
    l = [a]
    l.append(l)
    return f498(l)
def f498(a):
    l = [a]
    l.append(l)
    return f499(l)
def f499(a):
    l = [a]
    l.append(l)
    return f500(l)
def f500(a):
    l = [a]
    l.append(l)
    return f501(l)
def f501(a):
    l = [a]
    l.append(l)
    return f502(l)
def f502(a):
    l = [a]
    l.append(l)
    return f503(l)
def f503(a):
    l = [a]
    l.append(l)
    return f504(l)
def f504(a):
    l = [a]
    l.append(l)
    return f505(l)
def f505(a):
    l = [a]
    l.append(l)
    return f506(l)
def f506(a):
    l = [a]
    l.append(l)
    return f507(l)
def f507(a):
    l = [a]
    l.append(l)
    return f508(l)
def f508(a):
    l = [a]
    l.append(l)
    return f509(l)
def f509(a):
    l = [a]
    l.append(l)
    return f510(l)
def f510(a):
    l = [a]
    l.append(l)
    return f511(l)
def f511(a):
    l = [a]
    l.append(l)
    return f512(l)
def f512(a):
    l = [a]
    l.append(l)
    return f513(l)
def f513(a):
    l = [a]
    l.append(l)
    return f514(l)
def f514(a):
    l = [a]
    l.append(l)
    return f515(l)
def f515(a):
    l = [a]
    l.append(l)
    return f516(l)
def f516(a):
    l = [a]
    l.append(l)
    return f517(l)
def f517(a):
    l = [a]
    l.append(l)
    return f518(l)
def f518(a):
    l = [a]
    l.append(l)
    return f519(l)
def f519(a):
    l = [a]
    l.append(l)
    return f520(l)
def f520(a):
    l = [a]
    l.append(l)
    return f521(l)
def f521(a):
    l = [a]
    l.append(l)
    return f522(l)
def f522(a):
    l = [a]
    l.append(l)
    return f523(l)
def f523(a):
    l = [a]
    l.append(l)
    return f524(l)
def f524(a):
    l = [a]
    l.append(l)
    return f525(l)
def f525(a):
    l = [a]
    l.append(l)
    return f526(l)
def f526(a):
    l = [a]
    l.append(l)
    return f527(l)
def f527(a):
    l = [a]
    l.append(l)
    return f528(l)
def f528(a):
    l = [a]
    l.append(l)
    return f529(l)
def f529(a):
    l = [a]
    l.append(l)
    return f530(l)
def f530(a):
    l = [a]
    l.append(l)
    return f531(l)
def f531(a):
    l = [a]
    l.append(l)
    return f532(l)
def f532(a):
    l = [a]
    l.append(l)
    return f533(l)
def f533(a):
    l = [a]
    l.append(l)
    return f534(l)
def f534(a):
    l = [a]
    l.append(l)
    return f535(l)
def f535(a):
    l = [a]
    l.append(l)
    return f536(l)
def f536(a):
    l = [a]
    l.append(l)
    return f537(l)
def f537(a):
    l = [a]
    l.append(l)
    return f538(l)
def f538(a):
    l = [a]
    l.append(l)
    return f539(l)
def f539(a):
    l = [a]
    l.append(l)
    return f540(l)
def f540(a):
    l = [a]
    l.append(l)
    return f541(l)
def f541(a):
    l = [a]
    l.append(l)
    return f542(l)
def f542(a):
    l = [a]
    l.append(l)
    return f543(l)
def f543(a):
    l = [a]
    l.append(l)
    return f544(l)
def f544(a):
    l = [a]
    l.append(l)
    return f545(l)
def f545(a):
    l = [a]
    l.append(l)
    return f546(l)
def f546(a):
    l = [a]
    l.append(l)
    return f547(l)
def f547(a):
    l = [a]
    l.append(l)
    return f548(l)
def f548(a):
    l = [a]
    l.append(l)
    return f549(l)
def f549(a):
    l = [a]
    l.append(l)
    return f550(l)
def f550(a):
    l = [a]
    l.append(l)
    return f551(l)
def f551(a):
    l = [a]
    l.append(l)
    return f552(l)
def f552(a):
    l = [a]
    l.append(l)
    return f553(l)
def f553(a):
    l = [a]
    l.append(l)
    return f554(l)
def f554(a):
    l = [a]
    l.append(l)
    return f555(l)
def f555(a):
    l = [a]
    l.append(l)
    return f556(l)
def f556(a):
    l = [a]
    l.append(l)
    return f557(l)
def f557(a):
    l = [a]
    l.append(l)
    return f558(l)
def f558(a):
    l = [a]
    l.append(l)
    return f559(l)
def f559(a):
    l = [a]
    l.append(l)
    return f560(l)
def f560(a):
    l = [a]
    l.append(l)
    return f561(l)
def f561(a):
    l = [a]
    l.append(l)
    return f562(l)
def f562(a):
    l = [a]
    l.append(l)
    return f563(l)
def f563(a):
    l = [a]
    l.append(l)
    return f564(l)
def f564(a):
    l = [a]
    l.append(l)
    return f565(l)
def f565(a):
    l = [a]
    l.append(l)
    return f566(l)
def f566(a):
    l = [a]
    l.append(l)
    return f567(l)
def f567(a):
    l = [a]
    l.append(l)
    return f568(l)
def f568(a):
    l = [a]
    l.append(l)
    return f569(l)
def f569(a):
    l = [a]
    l.append(l)
    return f570(l)
def f570(a):
    l = [a]
    l.append(l)
    return f571(l)
def f571(a):
    l = [a]
    l.append(l)
    return f572(l)
def f572(a):
    l = [a]
    l.append(l)
    return f573(l)
def f573(a):
    l = [a]
    l.append(l)
    return f574(l)
def f574(a):
    l = [a]
    l.append(l)
    return f575(l)
def f575(a):
    l = [a]
    l.append(l)
    return f576(l)
def f576(a):
    l = [a]
    l.append(l)
    return f577(l)
def f577(a):
    l = [a]
    l.append(l)
    return f578(l)
def f578(a):
    l = [a]
    l.append(l)
    return f579(l)
def f579(a):
    l = [a]
    l.append(l)
    return f580(l)
def f580(a):
    l = [a]
    l.append(l)
    return f581(l)
def f581(a):
    l = [a]
    l.append(l)
    return f582(l)
def f582(a):
    l = [a]
    l.append(l)
    return f583(l)
def f583(a):
    l = [a]
    l.append(l)
    return f584(l)
def f584(a):
    l = [a]
    l.append(l)
    return f585(l)
def f585(a):
    l = [a]
    l.append(l)
    return f586(l)
def f586(a):
    l = [a]
    l.append(l)
    return f587(l)
def f587(a):
    l = [a]
    l.append(l)
    return f588(l)
def f588(a):
    l = [a]
    l.append(l)
    return f589(l)
def f589(a):
    l = [a]
    l.append(l)
    return f590(l)
def f590(a):
    l = [a]
    l.append(l)
    return f591(l)
def f591(a):
    l = [a]
    l.append(l)
    return f592(l)
def f592(a):
    l = [a]
    l.append(l)
    return f593(l)
def f593(a):
    l = [a]
    l.append(l)
    return f594(l)
def f594(a):
    l = [a]
    l.append(l)
    return f595(l)
def f595(a):
    l = [a]
    l.append(l)
    return f596(l)
def f596(a):
    l = [a]
    l.append(l)
    return f597(l)
def f597(a):
    l = [a]
    l.append(l)
    return f598(l)
def f598(a):
    l = [a]
    l.append(l)
    return f599(l)
def f599(a):
    l = [a]
    l.append(l)
    return f600(l)
def f600(a):
    l = [a]
    l.append(l)
    return f601(l)
def f601(a):
    l = [a]
    l.append(l)
    return f602(l)
def f602(a):
    l = [a]
    l.append(l)
    return f603(l)
def f603(a):
    l = [a]
    l.append(l)
    return f604(l)
def f604(a):
    l = [a]
    l.append(l)
    return f605(l)
def f605(a):
    l = [a]
    l.append(l)
    return f606(l)
def f606(a):
    l = [a]
    l.append(l)
    return f607(l)
def f607(a):
    l = [a]
    l.append(l)
    return f608(l)
def f608(a):
    l = [a]
    l.append(l)
    return f609(l)
def f609(a):
    l = [a]
    l.append(l)
    return f610(l)
def f610(a):
    l = [a]
    l.append(l)
    return f611(l)
def f611(a):
    l = [a]
    l.append(l)
    return f612(l)
def f612(a):
    l = [a]
    l.append(l)
    return f613(l)
def f613(a):
    l = [a]
    l.append(l)
    return f614(l)
def f614(a):
    l = [a]
    l.append(l)
    return f615(l)
def f615(a):
    l = [a]
    l.append(l)
    return f616(l)
def f616(a):
    l = [a]
    l.append(l)
    return f617(l)
def f617(a):
    l = [a]
    l.append(l)
    return f618(l)
def f618(a):
    l = [a]
    l.append(l)
    return f619(l)
def f619(a):
    l = [a]
    l.append(l)
    return f620(l)
def f620(a):
    l = [a]
    l.append(l)
    return f621(l)
def f621(a):
    l = [a]
    l.append(l)
    return f622(l)
def f622(a):
    l = [a]
    l.append(l)
    return f623(l)
def f623(a):
    l = [a]
    l.append(l)
    return f624(l)
def f624(a):
    l = [a]
    l.append(l)
    return f625(l)
def f625(a):
    l = [a]
    l.append(l)
    return f626(l)
def f626(a):
    l = [a]
    l.append(l)
    return f627(l)
def f627(a):
    l = [a]
    l.append(l)
    return f628(l)
def f628(a):
    l = [a]
    l.append(l)
    return f629(l)
def f629(a):
    l = [a]
    l.append(l)
    return f630(l)
def f630(a):
    l = [a]
    l.append(l)
    return f631(l)
def f631(a):
    l = [a]
    l.append(l)
    return f632(l)
def f632(a):
    l = [a]
    l.append(l)
    return f633(l)
def f633(a):
    l = [a]
    l.append(l)
    return f634(l)
def f634(a):
    l = [a]
    l.append(l)
    return f635(l)
def f635(a):
    l = [a]
    l.append(l)
    return f636(l)
def f636(a):
    l = [a]
    l.append(l)
    return f637(l)
def f637(a):
    l = [a]
    l.append(l)
    return f638(l)
def f638(a):
    l = [a]
    l.append(l)
    return f639(l)
def f639(a):
    l = [a]
    l.append(l)
    return f640(l)
def f640(a):
    l = [a]
    l.append(l)
    return f641(l)
def f641(a):
    l = [a]
    l.append(l)
    return f642(l)
def f642(a):
    l = [a]
    l.append(l)
    return f643(l)
def f643(a):
    l = [a]
    l.append(l)
    return f644(l)
def f644(a):
    l = [a]
    l.append(l)
    return f645(l)
def f645(a):
    l = [a]
    l.append(l)
    return f646(l)
def f646(a):
    l = [a]
    l.append(l)
    return f647(l)
def f647(a):
    l = [a]
    l.append(l)
    return f648(l)
def f648(a):
    l = [a]
    l.append(l)
    return f649(l)
def f649(a):
    l = [a]
    l.append(l)
    return f650(l)
def f650(a):
    l = [a]
    l.append(l)
    return f651(l)
def f651(a):
    l = [a]
    l.append(l)
    return f652(l)
def f652(a):
    l = [a]
    l.append(l)
    return f653(l)
def f653(a):
    l = [a]
    l.append(l)
    return f654(l)
def f654(a):
    l = [a]
    l.append(l)
    return f655(l)
def f655(a):
    l = [a]
    l.append(l)
    return f656(l)
def f656(a):
    l = [a]
    l.append(l)
    return f657(l)
def f657(a):
    l = [a]
    l.append(l)
    return f658(l)
def f658(a):
    l = [a]
    l.append(l)
    return f659(l)
def f659(a):
    l = [a]
    l.append(l)
    return f660(l)
def f660(a):
    l = [a]
    l.append(l)
    return f661(l)
def f661(a):
    l = [a]
    l.append(l)
    return f662(l)
def f662(a):
    l = [a]
    l.append(l)
    return f663(l)
def f663(a):
    l = [a]
    l.append(l)
    return f664(l)
def f664(a):
    l = [a]
    l.append(l)
    return f665(l)
def f665(a):
    l = [a]
    l.append(l)
    return f666(l)
def f666(a):
    l = [a]
    l.append(l)
    return f667(l)
def f667(a):
    l = [a]
    l.append(l)
    return f668(l)
def f668(a):
    l = [a]
    l.append(l)
    return f669(l)
def f669(a):
    l = [a]
    l.append(l)
    return f670(l)
def f670(a):
    l = [a]
    l.append(l)
    return f671(l)
def f671(a):
    l = [a]
    l.append(l)
    return f672(l)
def f672(a):
    l = [a]
    l.append(l)
    return f673(l)
def f673(a):
    l = [a]
    l.append(l)
    return f674(l)
def f674(a):
    l = [a]
    l.append(l)
    return f675(l)
def f675(a):
    l = [a]
    l.append(l)
    return f676(l)
def f676(a):
    l = [a]
    l.append(l)
    return f677(l)
def f677(a):
    l = [a]
    l.append(l)
    return f678(l)
def f678(a):
    l = [a]
    l.append(l)
    return f679(l)
def f679(a):
    l = [a]
    l.append(l)
    return f680(l)
def f680(a):
    l = [a]
    l.append(l)
    return f681(l)
def f681(a):
    l = [a]
    l.append(l)
    return f682(l)
def f682(a):
    l = [a]
    l.append(l)
    return f683(l)
def f683(a):
    l = [a]
    l.append(l)
    return f684(l)
def f684(a):
    l = [a]
    l.append(l)
    return f685(l)
def f685(a):
    l = [a]
    l.append(l)
    return f686(l)
def f686(a):
    l = [a]
    l.append(l)
    return f687(l)
def f687(a):
    l = [a]
    l.append(l)
    return f688(l)
def f688(a):
    l = [a]
    l.append(l)
    return f689(l)
def f689(a):
    l = [a]
    l.append(l)
    return f690(l)
def f690(a):
    l = [a]
    l.append(l)
    return f691(l)
def f691(a):
    l = [a]
    l.append(l)
    return f692(l)
def f692(a):
    l = [a]
    l.append(l)
    return f693(l)
def f693(a):
    l = [a]
    l.append(l)
    return f694(l)
def f694(a):
    l = [a]
    l.append(l)
    return f695(l)
def f695(a):
    l = [a]
    l.append(l)
    return f696(l)
def f696(a):
    l = [a]
    l.append(l)
    return f697(l)
def f697(a):
    l = [a]
    l.append(l)
    return f698(l)
def f698(a):
    l = [a]
    l.append(l)
    return f699(l)
def f699(a):
    l = [a]
    l.append(l)
    return f700(l)
def f700(a):
    l = [a]
    l.append(l)
    return f701(l)
def f701(a):
    l = [a]
    l.append(l)
    return f702(l)
def f702(a):
    l = [a]
    l.append(l)
    return f703(l)
def f703(a):
    l = [a]
    l.append(l)
    return f704(l)
def f704(a):
    l = [a]
    l.append(l)
    return f705(l)
def f705(a):
    l = [a]
    l.append(l)
    return f706(l)
def f706(a):
    l = [a]
    l.append(l)
    return f707(l)
def f707(a):
    l = [a]
    l.append(l)
    return f708(l)
def f708(a):
    l = [a]
    l.append(l)
    return f709(l)
def f709(a):
    l = [a]
    l.append(l)
    return f710(l)
def f710(a):
    l = [a]
    l.append(l)
    return f711(l)
def f711(a):
    l = [a]
    l.append(l)
    return f712(l)
def f712(a):
    l = [a]
    l.append(l)
    return f713(l)
def f713(a):
    l = [a]
    l.append(l)
    return f714(l)
def f714(a):
    l = [a]
    l.append(l)
    return f715(l)
def f715(a):
    l = [a]
    l.append(l)
    return f716(l)
def f716(a):
    l = [a]
    l.append(l)
    return f717(l)
def f717(a):
    l = [a]
    l.append(l)
    return f718(l)
def f718(a):
    l = [a]
    l.append(l)
    return f719(l)
def f719(a):
    l = [a]
    l.append(l)
    return f720(l)
def f720(a):
    l = [a]
    l.append(l)
    return f721(l)
def f721(a):
    l = [a]
    l.append(l)
    return f722(l)
def f722(a):
    l = [a]
    l.append(l)
    return f723(l)
def f723(a):
    l = [a]
    l.append(l)
    return f724(l)
def f724(a):
    l = [a]
    l.append(l)
    return f725(l)
def f725(a):
    l = [a]
    l.append(l)
    return f726(l)
def f726(a):
    l = [a]
    l.append(l)
    return f727(l)
def f727(a):
    l = [a]
    l.append(l)
    return f728(l)
def f728(a):
    l = [a]
    l.append(l)
    return f729(l)
def f729(a):
    l = [a]
    l.append(l)
    return f730(l)
def f730(a):
    l = [a]
    l.append(l)
    return f731(l)
def f731(a):
    l = [a]
    l.append(l)
    return f732(l)
def f732(a):
    l = [a]
    l.append(l)
    return f733(l)
def f733(a):
    l = [a]
    l.append(l)
    return f734(l)
def f734(a):
    l = [a]
    l.append(l)
    return f735(l)
def f735(a):
    l = [a]
    l.append(l)
    return f736(l)
def f736(a):
    l = [a]
    l.append(l)
    return f737(l)
def f737(a):
    l = [a]
    l.append(l)
    return f738(l)
def f738(a):
    l = [a]
    l.append(l)
    return f739(l)
def f739(a):
    l = [a]
    l.append(l)
    return f740(l)
def f740(a):
    l = [a]
    l.append(l)
    return f741(l)
def f741(a):
    l = [a]
    l.append(l)
    return f742(l)
def f742(a):
    l = [a]
    l.append(l)
    return f743(l)
def f743(a):
    l = [a]
    l.append(l)
    return f744(l)
def f744(a):
    l = [a]
    l.append(l)
    return f745(l)
def f745(a):
    l = [a]
    l.append(l)
    return f746(l)
def f746(a):
    l = [a]
    l.append(l)
    return f747(l)
def f747(a):
    l = [a]
    l.append(l)
    return f748(l)
def f748(a):
    l = [a]
    l.append(l)
    return f749(l)
def f749(a):
    l = [a]
    l.append(l)
    return f750(l)
def f750(a):
    l = [a]
    l.append(l)
    return f751(l)
def f751(a):
    l = [a]
    l.append(l)
    return f752(l)
def f752(a):
    l = [a]
    l.append(l)
    return f753(l)
def f753(a):
    l = [a]
    l.append(l)
    return f754(l)
def f754(a):
    l = [a]
    l.append(l)
    return f755(l)
def f755(a):
    l = [a]
    l.append(l)
    return f756(l)
def f756(a):
    l = [a]
    l.append(l)
    return f757(l)
def f757(a):
    l = [a]
    l.append(l)
    return f758(l)
def f758(a):
    l = [a]
    l.append(l)
    return f759(l)
def f759(a):
    l = [a]
    l.append(l)
    return f760(l)
def f760(a):
    l = [a]
    l.append(l)
    return f761(l)
def f761(a):
    l = [a]
    l.append(l)
    return f762(l)
def f762(a):
    l = [a]
    l.append(l)
    return f763(l)
def f763(a):
    l = [a]
    l.append(l)
    return f764(l)
def f764(a):
    l = [a]
    l.append(l)
    return f765(l)
def f765(a):
    l = [a]
    l.append(l)
    return f766(l)
def f766(a):
    l = [a]
    l.append(l)
    return f767(l)
def f767(a):
    l = [a]
    l.append(l)
    return f768(l)
def f768(a):
    l = [a]
    l.append(l)
    return f769(l)
def f769(a):
    l = [a]
    l.append(l)
    return f770(l)
def f770(a):
    l = [a]
    l.append(l)
    return f771(l)
def f771(a):
    l = [a]
    l.append(l)
    return f772(l)
def f772(a):
    l = [a]
    l.append(l)
    return f773(l)
def f773(a):
    l = [a]
    l.append(l)
    return f774(l)
def f774(a):
    l = [a]
    l.append(l)
    return f775(l)
def f775(a):
    l = [a]
    l.append(l)
    return f776(l)
def f776(a):
    l = [a]
    l.append(l)
    return f777(l)
def f777(a):
    l = [a]
    l.append(l)
    return f778(l)
def f778(a):
    l = [a]
    l.append(l)
    return f779(l)
def f779(a):
    l = [a]
    l.append(l)
    return f780(l)
def f780(a):
    l = [a]
    l.append(l)
    return f781(l)
def f781(a):
    l = [a]
    l.append(l)
    return f782(l)
def f782(a):
    l = [a]
    l.append(l)
    return f783(l)
def f783(a):
    l = [a]
    l.append(l)
    return f784(l)
def f784(a):
    l = [a]
    l.append(l)
    return f785(l)
def f785(a):
    l = [a]
    l.append(l)
    return f786(l)
def f786(a):
    l = [a]
    l.append(l)
    return f787(l)
def f787(a):
    l = [a]
    l.append(l)
    return f788(l)
def f788(a):
    l = [a]
    l.append(l)
    return f789(l)
def f789(a):
    l = [a]
    l.append(l)
    return f790(l)
def f790(a):
    l = [a]
    l.append(l)
    return f791(l)
def f791(a):
    l = [a]
    l.append(l)
    return f792(l)
def f792(a):
    l = [a]
    l.append(l)
    return f793(l)
def f793(a):
    l = [a]
    l.append(l)
    return f794(l)
def f794(a):
    l = [a]
    l.append(l)
    return f795(l)
def f795(a):
    l = [a]
    l.append(l)
    return f796(l)
def f796(a):
    l = [a]
    l.append(l)
    return f797(l)
def f797(a):
    l = [a]
    l.append(l)
    return f798(l)
def f798(a):
    l = [a]
    l.append(l)
    return f799(l)
def f799(a):
    l = [a]
    l.append(l)
    return f800(l)
def f800(a):
    l = [a]
    l.append(l)
    return f801(l)
def f801(a):
    l = [a]
    l.append(l)
    return f802(l)
def f802(a):
    l = [a]
    l.append(l)
    return f803(l)
def f803(a):
    l = [a]
    l.append(l)
    return f804(l)
def f804(a):
    l = [a]
    l.append(l)
    return f805(l)
def f805(a):
    l = [a]
    l.append(l)
    return f806(l)
def f806(a):
    l = [a]
    l.append(l)
    return f807(l)
def f807(a):
    l = [a]
    l.append(l)
    return f808(l)
def f808(a):
    l = [a]
    l.append(l)
    return f809(l)
def f809(a):
    l = [a]
    l.append(l)
    return f810(l)
def f810(a):
    l = [a]
    l.append(l)
    return f811(l)
def f811(a):
    l = [a]
    l.append(l)
    return f812(l)
def f812(a):
    l = [a]
    l.append(l)
    return f813(l)
def f813(a):
    l = [a]
    l.append(l)
    return f814(l)
def f814(a):
    l = [a]
    l.append(l)
    return f815(l)
def f815(a):
    l = [a]
    l.append(l)
    return f816(l)
def f816(a):
    l = [a]
    l.append(l)
    return f817(l)
def f817(a):
    l = [a]
    l.append(l)
    return f818(l)
def f818(a):
    l = [a]
    l.append(l)
    return f819(l)
def f819(a):
    l = [a]
    l.append(l)
    return f820(l)
def f820(a):
    l = [a]
    l.append(l)
    return f821(l)
def f821(a):
    l = [a]
    l.append(l)
    return f822(l)
def f822(a):
    l = [a]
    l.append(l)
    return f823(l)
def f823(a):
    l = [a]
    l.append(l)
    return f824(l)
def f824(a):
    l = [a]
    l.append(l)
    return f825(l)
def f825(a):
    l = [a]
    l.append(l)
    return f826(l)
def f826(a):
    l = [a]
    l.append(l)
    return f827(l)
def f827(a):
    l = [a]
    l.append(l)
    return f828(l)
def f828(a):
    l = [a]
    l.append(l)
    return f829(l)
def f829(a):
    l = [a]
    l.append(l)
    return f830(l)
def f830(a):
    l = [a]
    l.append(l)
    return f831(l)
def f831(a):
    l = [a]
    l.append(l)
    return f832(l)
def f832(a):
    l = [a]
    l.append(l)
    return f833(l)
def f833(a):
    l = [a]
    l.append(l)
    return f834(l)
def f834(a):
    l = [a]
    l.append(l)
    return f835(l)
def f835(a):
    l = [a]
    l.append(l)
    return f836(l)
def f836(a):
    l = [a]
    l.append(l)
    return f837(l)
def f837(a):
    l = [a]
    l.append(l)
    return f838(l)
def f838(a):
    l = [a]
    l.append(l)
    return f839(l)
def f839(a):
    l = [a]
    l.append(l)
    return f840(l)
def f840(a):
    l = [a]
    l.append(l)
    return f841(l)
def f841(a):
    l = [a]
    l.append(l)
    return f842(l)
def f842(a):
    l = [a]
    l.append(l)
    return f843(l)
def f843(a):
    l = [a]
    l.append(l)
    return f844(l)
def f844(a):
    l = [a]
    l.append(l)
    return f845(l)
def f845(a):
    l = [a]
    l.append(l)
    return f846(l)
def f846(a):
    l = [a]
    l.append(l)
    return f847(l)
def f847(a):
    l = [a]
    l.append(l)
    return f848(l)
def f848(a):
    l = [a]
    l.append(l)
    return f849(l)
def f849(a):
    l = [a]
    l.append(l)
    return f850(l)
def f850(a):
    l = [a]
    l.append(l)
    return f851(l)
def f851(a):
    l = [a]
    l.append(l)
    return f852(l)
def f852(a):
    l = [a]
    l.append(l)
    return f853(l)
def f853(a):
    l = [a]
    l.append(l)
    return f854(l)
def f854(a):
    l = [a]
    l.append(l)
    return f855(l)
def f855(a):
    l = [a]
    l.append(l)
    return f856(l)
def f856(a):
    l = [a]
    l.append(l)
    return f857(l)
def f857(a):
    l = [a]
    l.append(l)
    return f858(l)
def f858(a):
    l = [a]
    l.append(l)
    return f859(l)
def f859(a):
    l = [a]
    l.append(l)
    return f860(l)
def f860(a):
    l = [a]
    l.append(l)
    return f861(l)
def f861(a):
    l = [a]
    l.append(l)
    return f862(l)
def f862(a):
    l = [a]
    l.append(l)
    return f863(l)
def f863(a):
    l = [a]
    l.append(l)
    return f864(l)
def f864(a):
    l = [a]
    l.append(l)
    return f865(l)
def f865(a):
    l = [a]
    l.append(l)
    return f866(l)
def f866(a):
    l = [a]
    l.append(l)
    return f867(l)
def f867(a):
    l = [a]
    l.append(l)
    return f868(l)
def f868(a):
    l = [a]
    l.append(l)
    return f869(l)
def f869(a):
    l = [a]
    l.append(l)
    return f870(l)
def f870(a):
    l = [a]
    l.append(l)
    return f871(l)
def f871(a):
    l = [a]
    l.append(l)
    return f872(l)
def f872(a):
    l = [a]
    l.append(l)
    return f873(l)
def f873(a):
    l = [a]
    l.append(l)
    return f874(l)
def f874(a):
    l = [a]
    l.append(l)
    return f875(l)
def f875(a):
    l = [a]
    l.append(l)
    return f876(l)
def f876(a):
    l = [a]
    l.append(l)
    return f877(l)
def f877(a):
    l = [a]
    l.append(l)
    return f878(l)
def f878(a):
    l = [a]
    l.append(l)
    return f879(l)
def f879(a):
    l = [a]
    l.append(l)
    return f880(l)
def f880(a):
    l = [a]
    l.append(l)
    return f881(l)
def f881(a):
    l = [a]
    l.append(l)
    return f882(l)
def f882(a):
    l = [a]
    l.append(l)
    return f883(l)
def f883(a):
    l = [a]
    l.append(l)
    return f884(l)
def f884(a):
    l = [a]
    l.append(l)
    return f885(l)
def f885(a):
    l = [a]
    l.append(l)
    return f886(l)
def f886(a):
    l = [a]
    l.append(l)
    return f887(l)
def f887(a):
    l = [a]
    l.append(l)
    return f888(l)
def f888(a):
    l = [a]
    l.append(l)
    return f889(l)
def f889(a):
    l = [a]
    l.append(l)
    return f890(l)
def f890(a):
    l = [a]
    l.append(l)
    return f891(l)
def f891(a):
    l = [a]
    l.append(l)
    return f892(l)
def f892(a):
    l = [a]
    l.append(l)
    return f893(l)
def f893(a):
    l = [a]
    l.append(l)
    return f894(l)
def f894(a):
    l = [a]
    l.append(l)
    return f895(l)
def f895(a):
    l = [a]
    l.append(l)
    return f896(l)
def f896(a):
    l = [a]
    l.append(l)
    return f897(l)
def f897(a):
    l = [a]
    l.append(l)
    return f898(l)
def f898(a):
    l = [a]
    l.append(l)
    return f899(l)
def f899(a):
    l = [a]
    l.append(l)
    return f900(l)
def f900(a):
    l = [a]
    l.append(l)
    return f901(l)
def f901(a):
    l = [a]
    l.append(l)
    return f902(l)
def f902(a):
    l = [a]
    l.append(l)
    return f903(l)
def f903(a):
    l = [a]
    l.append(l)
    return f904(l)
def f904(a):
    l = [a]
    l.append(l)
    return f905(l)
def f905(a):
    l = [a]
    l.append(l)
    return f906(l)
def f906(a):
    l = [a]
    l.append(l)
    return f907(l)
def f907(a):
    l = [a]
    l.append(l)
    return f908(l)
def f908(a):
    l = [a]
    l.append(l)
    return f909(l)
def f909(a):
    l = [a]
    l.append(l)
    return f910(l)
def f910(a):
    l = [a]
    l.append(l)
    return f911(l)
def f911(a):
    l = [a]
    l.append(l)
    return f912(l)
def f912(a):
    l = [a]
    l.append(l)
    return f913(l)
def f913(a):
    l = [a]
    l.append(l)
    return f914(l)
def f914(a):
    l = [a]
    l.append(l)
    return f915(l)
def f915(a):
    l = [a]
    l.append(l)
    return f916(l)
def f916(a):
    l = [a]
    l.append(l)
    return f917(l)
def f917(a):
    l = [a]
    l.append(l)
    return f918(l)
def f918(a):
    l = [a]
    l.append(l)
    return f919(l)
def f919(a):
    l = [a]
    l.append(l)
    return f920(l)
def f920(a):
    l = [a]
    l.append(l)
    return f921(l)
def f921(a):
    l = [a]
    l.append(l)
    return f922(l)
def f922(a):
    l = [a]
    l.append(l)
    return f923(l)
def f923(a):
    l = [a]
    l.append(l)
    return f924(l)
def f924(a):
    l = [a]
    l.append(l)
    return f925(l)
def f925(a):
    l = [a]
    l.append(l)
    return f926(l)
def f926(a):
    l = [a]
    l.append(l)
    return f927(l)
def f927(a):
    l = [a]
    l.append(l)
    return f928(l)
def f928(a):
    l = [a]
    l.append(l)
    return f929(l)
def f929(a):
    l = [a]
    l.append(l)
    return f930(l)
def f930(a):
    l = [a]
    l.append(l)
    return f931(l)
def f931(a):
    l = [a]
    l.append(l)
    return f932(l)
def f932(a):
    l = [a]
    l.append(l)
    return f933(l)
def f933(a):
    l = [a]
    l.append(l)
    return f934(l)
def f934(a):
    l = [a]
    l.append(l)
    return f935(l)
def f935(a):
    l = [a]
    l.append(l)
    return f936(l)
def f936(a):
    l = [a]
    l.append(l)
    return f937(l)
def f937(a):
    l = [a]
    l.append(l)
    return f938(l)
def f938(a):
    l = [a]
    l.append(l)
    return f939(l)
def f939(a):
    l = [a]
    l.append(l)
    return f940(l)
def f940(a):
    l = [a]
    l.append(l)
    return f941(l)
def f941(a):
    l = [a]
    l.append(l)
    return f942(l)
def f942(a):
    l = [a]
    l.append(l)
    return f943(l)
def f943(a):
    l = [a]
    l.append(l)
    return f944(l)
def f944(a):
    l = [a]
    l.append(l)
    return f945(l)
def f945(a):
    l = [a]
    l.append(l)
    return f946(l)
def f946(a):
    l = [a]
    l.append(l)
    return f947(l)
def f947(a):
    l = [a]
    l.append(l)
    return f948(l)
def f948(a):
    l = [a]
    l.append(l)
    return f949(l)
def f949(a):
    l = [a]
    l.append(l)
    return f950(l)
def f950(a):
    l = [a]
    l.append(l)
    return f951(l)
def f951(a):
    l = [a]
    l.append(l)
    return f952(l)
def f952(a):
    l = [a]
    l.append(l)
    return f953(l)
def f953(a):
    l = [a]
    l.append(l)
    return f954(l)
def f954(a):
    l = [a]
    l.append(l)
    return f955(l)
def f955(a):
    l = [a]
    l.append(l)
    return f956(l)
def f956(a):
    l = [a]
    l.append(l)
    return f957(l)
def f957(a):
    l = [a]
    l.append(l)
    return f958(l)
def f958(a):
    l = [a]
    l.append(l)
    return f959(l)
def f959(a):
    l = [a]
    l.append(l)
    return f960(l)
def f960(a):
    l = [a]
    l.append(l)
    return f961(l)
def f961(a):
    l = [a]
    l.append(l)
    return f962(l)
def f962(a):
    l = [a]
    l.append(l)
    return f963(l)
def f963(a):
    l = [a]
    l.append(l)
    return f964(l)
def f964(a):
    l = [a]
    l.append(l)
    return f965(l)
def f965(a):
    l = [a]
    l.append(l)
    return f966(l)
def f966(a):
    l = [a]
    l.append(l)
    return f967(l)
def f967(a):
    l = [a]
    l.append(l)
    return f968(l)
def f968(a):
    l = [a]
    l.append(l)
    return f969(l)
def f969(a):
    l = [a]
    l.append(l)
    return f970(l)
def f970(a):
    l = [a]
    l.append(l)
    return f971(l)
def f971(a):
    l = [a]
    l.append(l)
    return f972(l)
def f972(a):
    l = [a]
    l.append(l)
    return f973(l)
def f973(a):
    l = [a]
    l.append(l)
    return f974(l)
def f974(a):
    l = [a]
    l.append(l)
    return f975(l)
def f975(a):
    l = [a]
    l.append(l)
    return f976(l)
def f976(a):
    l = [a]
    l.append(l)
    return f977(l)
def f977(a):
    l = [a]
    l.append(l)
    return f978(l)
def f978(a):
    l = [a]
    l.append(l)
    return f979(l)
def f979(a):
    l = [a]
    l.append(l)
    return f980(l)
def f980(a):
    l = [a]
    l.append(l)
    return f981(l)
def f981(a):
    l = [a]
    l.append(l)
    return f982(l)
def f982(a):
    l = [a]
    l.append(l)
    return f983(l)
def f983(a):
    l = [a]
    l.append(l)
    return f984(l)
def f984(a):
    l = [a]
    l.append(l)
    return f985(l)
def f985(a):
    l = [a]
    l.append(l)
    return f986(l)
def f986(a):
    l = [a]
    l.append(l)
    return f987(l)
def f987(a):
    l = [a]
    l.append(l)
    return f988(l)
def f988(a):
    l = [a]
    l.append(l)
    return f989(l)
def f989(a):
    l = [a]
    l.append(l)
    return f990(l)
def f990(a):
    l = [a]
    l.append(l)
    return f991(l)
def f991(a):
    l = [a]
    l.append(l)
    return f992(l)
def f992(a):
    l = [a]
    l.append(l)
    return f993(l)
def f993(a):
    l = [a]
    l.append(l)
    return f994(l)
def f994(a):
    l = [a]
    l.append(l)
    return f995(l)
def f995(a):
    l = [a]
    l.append(l)
    return f996(l)
def f996(a):
    l = [a]
    l.append(l)
    return f997(l)
def f997(a):
    l = [a]
    l.append(l)
    return f998(l)
def f998(a):
    l = [a]
    l.append(l)
    return f999(l)
def f999(a):
    l = [a]
    l.append(l)
    return f1000(l)
def f1000(a):
    l = [a]
    l.append(l)
    return f1001(l)
def f1001(a):
    l = [a]
    l.append(l)
    return f1002(l)
def f1002(a):
    l = [a]
    l.append(l)
    return f1003(l)
def f1003(a):
    l = [a]
    l.append(l)
    return f1004(l)
def f1004(a):
    l = [a]
    l.append(l)
    return f1005(l)
def f1005(a):
    l = [a]
    l.append(l)
    return f1006(l)
def f1006(a):
    l = [a]
    l.append(l)
    return f1007(l)
def f1007(a):
    l = [a]
    l.append(l)
    return f1008(l)
def f1008(a):
    l = [a]
    l.append(l)
    return f1009(l)
def f1009(a):
    l = [a]
    l.append(l)
    return f1010(l)
def f1010(a):
    l = [a]
    l.append(l)
    return f1011(l)
def f1011(a):
    l = [a]
    l.append(l)
    return f1012(l)
def f1012(a):
    l = [a]
    l.append(l)
    return f1013(l)
def f1013(a):
    l = [a]
    l.append(l)
    return f1014(l)
def f1014(a):
    l = [a]
    l.append(l)
    return f1015(l)
def f1015(a):
    l = [a]
    l.append(l)
    return f1016(l)
def f1016(a):
    l = [a]
    l.append(l)
    return f1017(l)
def f1017(a):
    l = [a]
    l.append(l)
    return f1018(l)
def f1018(a):
    l = [a]
    l.append(l)
    return f1019(l)
def f1019(a):
    l = [a]
    l.append(l)
    return f1020(l)
def f1020(a):
    l = [a]
    l.append(l)
    return f1021(l)
def f1021(a):
    l = [a]
    l.append(l)
    return f1022(l)
def f1022(a):
    l = [a]
    l.append(l)
    return f1023(l)
def f1023(a):
    l = [a]
    l.append(l)
    return f1024(l)
def f1024(a):
    l = [a]
    l.append(l)
    return f1025(l)
def f1025(a):
    l = [a]
    l.append(l)
    return f1026(l)
def f1026(a):
    l = [a]
    l.append(l)
    return f1027(l)
def f1027(a):
    l = [a]
    l.append(l)
    return f1028(l)
def f1028(a):
    l = [a]
    l.append(l)
    return f1029(l)
def f1029(a):
    l = [a]
    l.append(l)
    return f1030(l)
def f1030(a):
    l = [a]
    l.append(l)
    return f1031(l)
def f1031(a):
    l = [a]
    l.append(l)
    return f1032(l)
def f1032(a):
    l = [a]
    l.append(l)
    return f1033(l)
def f1033(a):
    l = [a]
    l.append(l)
    return f1034(l)
def f1034(a):
    l = [a]
    l.append(l)
    return f1035(l)
def f1035(a):
    l = [a]
    l.append(l)
    return f1036(l)
def f1036(a):
    l = [a]
    l.append(l)
    return f1037(l)
def f1037(a):
    l = [a]
    l.append(l)
    return f1038(l)
def f1038(a):
    l = [a]
    l.append(l)
    return f1039(l)
def f1039(a):
    l = [a]
    l.append(l)
    return f1040(l)
def f1040(a):
    l = [a]
    l.append(l)
    return f1041(l)
def f1041(a):
    l = [a]
    l.append(l)
    return f1042(l)
def f1042(a):
    l = [a]
    l.append(l)
    return f1043(l)
def f1043(a):
    l = [a]
    l.append(l)
    return f1044(l)
def f1044(a):
    l = [a]
    l.append(l)
    return f1045(l)
def f1045(a):
    l = [a]
    l.append(l)
    return f1046(l)
def f1046(a):
    l = [a]
    l.append(l)
    return f1047(l)
def f1047(a):
    l = [a]
    l.append(l)
    return f1048(l)
def f1048(a):
    l = [a]
    l.append(l)
    return f1049(l)
def f1049(a):
    l = [a]
    l.append(l)
    return f1050(l)
def f1050(a):
    l = [a]
    l.append(l)
    return f1051(l)
def f1051(a):
    l = [a]
    l.append(l)
    return f1052(l)
def f1052(a):
    l = [a]
    l.append(l)
    return f1053(l)
def f1053(a):
    l = [a]
    l.append(l)
    return f1054(l)
def f1054(a):
    l = [a]
    l.append(l)
    return f1055(l)
def f1055(a):
    l = [a]
    l.append(l)
    return f1056(l)
def f1056(a):
    l = [a]
    l.append(l)
    return f1057(l)
def f1057(a):
    l = [a]
    l.append(l)
    return f1058(l)
def f1058(a):
    l = [a]
    l.append(l)
    return f1059(l)
def f1059(a):
    l = [a]
    l.append(l)
    return f1060(l)
def f1060(a):
    l = [a]
    l.append(l)
    return f1061(l)
def f1061(a):
    l = [a]
    l.append(l)
    return f1062(l)
def f1062(a):
    l = [a]
    l.append(l)
    return f1063(l)
def f1063(a):
    l = [a]
    l.append(l)
    return f1064(l)
def f1064(a):
    l = [a]
    l.append(l)
    return f1065(l)
def f1065(a):
    l = [a]
    l.append(l)
    return f1066(l)
def f1066(a):
    l = [a]
    l.append(l)
    return f1067(l)
def f1067(a):
    l = [a]
    l.append(l)
    return f1068(l)
def f1068(a):
    l = [a]
    l.append(l)
    return f1069(l)
def f1069(a):
    l = [a]
    l.append(l)
    return f1070(l)
def f1070(a):
    l = [a]
    l.append(l)
    return f1071(l)
def f1071(a):
    l = [a]
    l.append(l)
    return f1072(l)
def f1072(a):
    l = [a]
    l.append(l)
    return f1073(l)
def f1073(a):
    l = [a]
    l.append(l)
    return f1074(l)
def f1074(a):
    l = [a]
    l.append(l)
    return f1075(l)
def f1075(a):
    l = [a]
    l.append(l)
    return f1076(l)
def f1076(a):
    l = [a]
    l.append(l)
    return f1077(l)
def f1077(a):
    l = [a]
    l.append(l)
    return f1078(l)
def f1078(a):
    l = [a]
    l.append(l)
    return f1079(l)
def f1079(a):
    l = [a]
    l.append(l)
    return f1080(l)
def f1080(a):
    l = [a]
    l.append(l)
    return f1081(l)
def f1081(a):
    l = [a]
    l.append(l)
    return f1082(l)
def f1082(a):
    l = [a]
    l.append(l)
    return f1083(l)
def f1083(a):
    l = [a]
    l.append(l)
    return f1084(l)
def f1084(a):
    l = [a]
    l.append(l)
    return f1085(l)
def f1085(a):
    l = [a]
    l.append(l)
    return f1086(l)
def f1086(a):
    l = [a]
    l.append(l)
    return f1087(l)
def f1087(a):
    l = [a]
    l.append(l)
    return f1088(l)
def f1088(a):
    l = [a]
    l.append(l)
    return f1089(l)
def f1089(a):
    l = [a]
    l.append(l)
    return f1090(l)
def f1090(a):
    l = [a]
    l.append(l)
    return f1091(l)
def f1091(a):
    l = [a]
    l.append(l)
    return f1092(l)
def f1092(a):
    l = [a]
    l.append(l)
    return f1093(l)
def f1093(a):
    l = [a]
    l.append(l)
    return f1094(l)
def f1094(a):
    l = [a]
    l.append(l)
    return f1095(l)
def f1095(a):
    l = [a]
    l.append(l)
    return f1096(l)
def f1096(a):
    l = [a]
    l.append(l)
    return f1097(l)
def f1097(a):
    l = [a]
    l.append(l)
    return f1098(l)
def f1098(a):
    l = [a]
    l.append(l)
    return f1099(l)
def f1099(a):
    l = [a]
    l.append(l)
    return f1100(l)
def f1100(a):
    l = [a]
    l.append(l)
    return f1101(l)
def f1101(a):
    l = [a]
    l.append(l)
    return f1102(l)
def f1102(a):
    l = [a]
    l.append(l)
    return f1103(l)
def f1103(a):
    l = [a]
    l.append(l)
    return f1104(l)
def f1104(a):
    l = [a]
    l.append(l)
    return f1105(l)
def f1105(a):
    l = [a]
    l.append(l)
    return f1106(l)
def f1106(a):
    l = [a]
    l.append(l)
    return f1107(l)
def f1107(a):
    l = [a]
    l.append(l)
    return f1108(l)
def f1108(a):
    l = [a]
    l.append(l)
    return f1109(l)
def f1109(a):
    l = [a]
    l.append(l)
    return f1110(l)
def f1110(a):
    l = [a]
    l.append(l)
    return f1111(l)
def f1111(a):
    l = [a]
    l.append(l)
    return f1112(l)
def f1112(a):
    l = [a]
    l.append(l)
    return f1113(l)
def f1113(a):
    l = [a]
    l.append(l)
    return f1114(l)
def f1114(a):
    l = [a]
    l.append(l)
    return f1115(l)
def f1115(a):
    l = [a]
    l.append(l)
    return f1116(l)
def f1116(a):
    l = [a]
    l.append(l)
    return f1117(l)
def f1117(a):
    l = [a]
    l.append(l)
    return f1118(l)
def f1118(a):
    l = [a]
    l.append(l)
    return f1119(l)
def f1119(a):
    l = [a]
    l.append(l)
    return f1120(l)
def f1120(a):
    l = [a]
    l.append(l)
    return f1121(l)
def f1121(a):
    l = [a]
    l.append(l)
    return f1122(l)
def f1122(a):
    l = [a]
    l.append(l)
    return f1123(l)
def f1123(a):
    l = [a]
    l.append(l)
    return f1124(l)
def f1124(a):
    l = [a]
    l.append(l)
    return f1125(l)
def f1125(a):
    l = [a]
    l.append(l)
    return f1126(l)
def f1126(a):
    l = [a]
    l.append(l)
    return f1127(l)
def f1127(a):
    l = [a]
    l.append(l)
    return f1128(l)
def f1128(a):
    l = [a]
    l.append(l)
    return f1129(l)
def f1129(a):
    l = [a]
    l.append(l)
    return f1130(l)
def f1130(a):
    l = [a]
    l.append(l)
    return f1131(l)
def f1131(a):
    l = [a]
    l.append(l)
    return f1132(l)
def f1132(a):
    l = [a]
    l.append(l)
    return f1133(l)
def f1133(a):
    l = [a]
    l.append(l)
    return f1134(l)
def f1134(a):
    l = [a]
    l.append(l)
    return f1135(l)
def f1135(a):
    l = [a]
    l.append(l)
    return f1136(l)
def f1136(a):
    l = [a]
    l.append(l)
    return f1137(l)
def f1137(a):
    l = [a]
    l.append(l)
    return f1138(l)
def f1138(a):
    l = [a]
    l.append(l)
    return f1139(l)
def f1139(a):
    l = [a]
    l.append(l)
    return f1140(l)
def f1140(a):
    l = [a]
    l.append(l)
    return f1141(l)
def f1141(a):
    l = [a]
    l.append(l)
    return f1142(l)
def f1142(a):
    l = [a]
    l.append(l)
    return f1143(l)
def f1143(a):
    l = [a]
    l.append(l)
    return f1144(l)
def f1144(a):
    l = [a]
    l.append(l)
    return f1145(l)
def f1145(a):
    l = [a]
    l.append(l)
    return f1146(l)
def f1146(a):
    l = [a]
    l.append(l)
    return f1147(l)
def f1147(a):
    l = [a]
    l.append(l)
    return f1148(l)
def f1148(a):
    l = [a]
    l.append(l)
    return f1149(l)
def f1149(a):
    l = [a]
    l.append(l)
    return f1150(l)
def f1150(a):
    l = [a]
    l.append(l)
    return f1151(l)
def f1151(a):
    l = [a]
    l.append(l)
    return f1152(l)
def f1152(a):
    l = [a]
    l.append(l)
    return f1153(l)
def f1153(a):
    l = [a]
    l.append(l)
    return f1154(l)
def f1154(a):
    l = [a]
    l.append(l)
    return f1155(l)
def f1155(a):
    l = [a]
    l.append(l)
    return f1156(l)
def f1156(a):
    l = [a]
    l.append(l)
    return f1157(l)
def f1157(a):
    l = [a]
    l.append(l)
    return f1158(l)
def f1158(a):
    l = [a]
    l.append(l)
    return f1159(l)
def f1159(a):
    l = [a]
    l.append(l)
    return f1160(l)
def f1160(a):
    l = [a]
    l.append(l)
    return f1161(l)
def f1161(a):
    l = [a]
    l.append(l)
    return f1162(l)
def f1162(a):
    l = [a]
    l.append(l)
    return f1163(l)
def f1163(a):
    l = [a]
    l.append(l)
    return f1164(l)
def f1164(a):
    l = [a]
    l.append(l)
    return f1165(l)
def f1165(a):
    l = [a]
    l.append(l)
    return f1166(l)
def f1166(a):
    l = [a]
    l.append(l)
    return f1167(l)
def f1167(a):
    l = [a]
    l.append(l)
    return f1168(l)
def f1168(a):
    l = [a]
    l.append(l)
    return f1169(l)
def f1169(a):
    l = [a]
    l.append(l)
    return f1170(l)
def f1170(a):
    l = [a]
    l.append(l)
    return f1171(l)
def f1171(a):
    l = [a]
    l.append(l)
    return f1172(l)
def f1172(a):
    l = [a]
    l.append(l)
    return f1173(l)
def f1173(a):
    l = [a]
    l.append(l)
    return f1174(l)
def f1174(a):
    l = [a]
    l.append(l)
    return f1175(l)
def f1175(a):
    l = [a]
    l.append(l)
    return f1176(l)
def f1176(a):
    l = [a]
    l.append(l)
    return f1177(l)
def f1177(a):
    l = [a]
    l.append(l)
    return f1178(l)
def f1178(a):
    l = [a]
    l.append(l)
    return f1179(l)
def f1179(a):
    l = [a]
    l.append(l)
    return f1180(l)
def f1180(a):
    l = [a]
    l.append(l)
    return f1181(l)
def f1181(a):
    l = [a]
    l.append(l)
    return f1182(l)
def f1182(a):
    l = [a]
    l.append(l)
    return f1183(l)
def f1183(a):
    l = [a]
    l.append(l)
    return f1184(l)
def f1184(a):
    l = [a]
    l.append(l)
    return f1185(l)
def f1185(a):
    l = [a]
    l.append(l)
    return f1186(l)
def f1186(a):
    l = [a]
    l.append(l)
    return f1187(l)
def f1187(a):
    l = [a]
    l.append(l)
    return f1188(l)
def f1188(a):
    l = [a]
    l.append(l)
    return f1189(l)
def f1189(a):
    l = [a]
    l.append(l)
    return f1190(l)
def f1190(a):
    l = [a]
    l.append(l)
    return f1191(l)
def f1191(a):
    l = [a]
    l.append(l)
    return f1192(l)
def f1192(a):
    l = [a]
    l.append(l)
    return f1193(l)
def f1193(a):
    l = [a]
    l.append(l)
    return f1194(l)
def f1194(a):
    l = [a]
    l.append(l)
    return f1195(l)
def f1195(a):
    l = [a]
    l.append(l)
    return f1196(l)
def f1196(a):
    l = [a]
    l.append(l)
    return f1197(l)
def f1197(a):
    l = [a]
    l.append(l)
    return f1198(l)
def f1198(a):
    l = [a]
    l.append(l)
    return f1199(l)
def f1199(a):
    l = [a]
    l.append(l)
    return f1200(l)
def f1200(a):
    l = [a]
    l.append(l)
    return f1201(l)
def f1201(a):
    l = [a]
    l.append(l)
    return f1202(l)
def f1202(a):
    l = [a]
    l.append(l)
    return f1203(l)
def f1203(a):
    l = [a]
    l.append(l)
    return f1204(l)
def f1204(a):
    l = [a]
    l.append(l)
    return f1205(l)
def f1205(a):
    l = [a]
    l.append(l)
    return f1206(l)
def f1206(a):
    l = [a]
    l.append(l)
    return f1207(l)
def f1207(a):
    l = [a]
    l.append(l)
    return f1208(l)
def f1208(a):
    l = [a]
    l.append(l)
    return f1209(l)
def f1209(a):
    l = [a]
    l.append(l)
    return f1210(l)
def f1210(a):
    l = [a]
    l.append(l)
    return f1211(l)
def f1211(a):
    l = [a]
    l.append(l)
    return f1212(l)
def f1212(a):
    l = [a]
    l.append(l)
    return f1213(l)
def f1213(a):
    l = [a]
    l.append(l)
    return f1214(l)
def f1214(a):
    l = [a]
    l.append(l)
    return f1215(l)
def f1215(a):
    l = [a]
    l.append(l)
    return f1216(l)
def f1216(a):
    l = [a]
    l.append(l)
    return f1217(l)
def f1217(a):
    l = [a]
    l.append(l)
    return f1218(l)
def f1218(a):
    l = [a]
    l.append(l)
    return f1219(l)
def f1219(a):
    l = [a]
    l.append(l)
    return f1220(l)
def f1220(a):
    l = [a]
    l.append(l)
    return f1221(l)
def f1221(a):
    l = [a]
    l.append(l)
    return f1222(l)
def f1222(a):
    l = [a]
    l.append(l)
    return f1223(l)
def f1223(a):
    l = [a]
    l.append(l)
    return f1224(l)
def f1224(a):
    l = [a]
    l.append(l)
    return f1225(l)
def f1225(a):
    l = [a]
    l.append(l)
    return f1226(l)
def f1226(a):
    l = [a]
    l.append(l)
    return f1227(l)
def f1227(a):
    l = [a]
    l.append(l)
    return f1228(l)
def f1228(a):
    l = [a]
    l.append(l)
    return f1229(l)
def f1229(a):
    l = [a]
    l.append(l)
    return f1230(l)
def f1230(a):
    l = [a]
    l.append(l)
    return f1231(l)
def f1231(a):
    l = [a]
    l.append(l)
    return f1232(l)
def f1232(a):
    l = [a]
    l.append(l)
    return f1233(l)
def f1233(a):
    l = [a]
    l.append(l)
    return f1234(l)
def f1234(a):
    l = [a]
    l.append(l)
    return f1235(l)
def f1235(a):
    l = [a]
    l.append(l)
    return f1236(l)
def f1236(a):
    l = [a]
    l.append(l)
    return f1237(l)
def f1237(a):
    l = [a]
    l.append(l)
    return f1238(l)
def f1238(a):
    l = [a]
    l.append(l)
    return f1239(l)
def f1239(a):
    l = [a]
    l.append(l)
    return f1240(l)
def f1240(a):
    l = [a]
    l.append(l)
    return f1241(l)
def f1241(a):
    l = [a]
    l.append(l)
    return f1242(l)
def f1242(a):
    l = [a]
    l.append(l)
    return f1243(l)
def f1243(a):
    l = [a]
    l.append(l)
    return f1244(l)
def f1244(a):
    l = [a]
    l.append(l)
    return f1245(l)
def f1245(a):
    l = [a]
    l.append(l)
    return f1246(l)
def f1246(a):
    l = [a]
    l.append(l)
    return f1247(l)
def f1247(a):
    l = [a]
    l.append(l)
    return f1248(l)
def f1248(a):
    l = [a]
    l.append(l)
    return f1249(l)
def f1249(a):
    l = [a]
    l.append(l)
    return f1250(l)
def f1250(a):
    l = [a]
    l.append(l)
    return f1251(l)
def f1251(a):
    l = [a]
    l.append(l)
    return f1252(l)
def f1252(a):
    l = [a]
    l.append(l)
    return f1253(l)
def f1253(a):
    l = [a]
    l.append(l)
    return f1254(l)
def f1254(a):
    l = [a]
    l.append(l)
    return f1255(l)
def f1255(a):
    l = [a]
    l.append(l)
    return f1256(l)
def f1256(a):
    l = [a]
    l.append(l)
    return f1257(l)
def f1257(a):
    l = [a]
    l.append(l)
    return f1258(l)
def f1258(a):
    l = [a]
    l.append(l)
    return f1259(l)
def f1259(a):
    l = [a]
    l.append(l)
    return f1260(l)
def f1260(a):
    l = [a]
    l.append(l)
    return f1261(l)
def f1261(a):
    l = [a]
    l.append(l)
    return f1262(l)
def f1262(a):
    l = [a]
    l.append(l)
    return f1263(l)
def f1263(a):
    l = [a]
    l.append(l)
    return f1264(l)
def f1264(a):
    l = [a]
    l.append(l)
    return f1265(l)
def f1265(a):
    l = [a]
    l.append(l)
    return f1266(l)
def f1266(a):
    l = [a]
    l.append(l)
    return f1267(l)
def f1267(a):
    l = [a]
    l.append(l)
    return f1268(l)
def f1268(a):
    l = [a]
    l.append(l)
    return f1269(l)
def f1269(a):
    l = [a]
    l.append(l)
    return f1270(l)
def f1270(a):
    l = [a]
    l.append(l)
    return f1271(l)
def f1271(a):
    l = [a]
    l.append(l)
    return f1272(l)
def f1272(a):
    l = [a]
    l.append(l)
    return f1273(l)
def f1273(a):
    l = [a]
    l.append(l)
    return f1274(l)
def f1274(a):
    l = [a]
    l.append(l)
    return f1275(l)
def f1275(a):
    l = [a]
    l.append(l)
    return f1276(l)
def f1276(a):
    l = [a]
    l.append(l)
    return f1277(l)
def f1277(a):
    l = [a]
    l.append(l)
    return f1278(l)
def f1278(a):
    l = [a]
    l.append(l)
    return f1279(l)
def f1279(a):
    l = [a]
    l.append(l)
    return f1280(l)
def f1280(a):
    l = [a]
    l.append(l)
    return f1281(l)
def f1281(a):
    l = [a]
    l.append(l)
    return f1282(l)
def f1282(a):
    l = [a]
    l.append(l)
    return f1283(l)
def f1283(a):
    l = [a]
    l.append(l)
    return f1284(l)
def f1284(a):
    l = [a]
    l.append(l)
    return f1285(l)
def f1285(a):
    l = [a]
    l.append(l)
    return f1286(l)
def f1286(a):
    l = [a]
    l.append(l)
    return f1287(l)
def f1287(a):
    l = [a]
    l.append(l)
    return f1288(l)
def f1288(a):
    l = [a]
    l.append(l)
    return f1289(l)
def f1289(a):
    l = [a]
    l.append(l)
    return f1290(l)
def f1290(a):
    l = [a]
    l.append(l)
    return f1291(l)
def f1291(a):
    l = [a]
    l.append(l)
    return f1292(l)
def f1292(a):
    l = [a]
    l.append(l)
    return f1293(l)
def f1293(a):
    l = [a]
    l.append(l)
    return f1294(l)
def f1294(a):
    l = [a]
    l.append(l)
    return f1295(l)
def f1295(a):
    l = [a]
    l.append(l)
    return f1296(l)
def f1296(a):
    l = [a]
    l.append(l)
    return f1297(l)
def f1297(a):
    l = [a]
    l.append(l)
    return f1298(l)
def f1298(a):
    l = [a]
    l.append(l)
    return f1299(l)
def f1299(a):
    l = [a]
    l.append(l)
    return f1300(l)
def f1300(a):
    l = [a]
    l.append(l)
    return f1301(l)
def f1301(a):
    l = [a]
    l.append(l)
    return f1302(l)
def f1302(a):
    l = [a]
    l.append(l)
    return f1303(l)
def f1303(a):
    l = [a]
    l.append(l)
    return f1304(l)
def f1304(a):
    l = [a]
    l.append(l)
    return f1305(l)
def f1305(a):
    l = [a]
    l.append(l)
    return f1306(l)
def f1306(a):
    l = [a]
    l.append(l)
    return f1307(l)
def f1307(a):
    l = [a]
    l.append(l)
    return f1308(l)
def f1308(a):
    l = [a]
    l.append(l)
    return f1309(l)
def f1309(a):
    l = [a]
    l.append(l)
    return f1310(l)
def f1310(a):
    l = [a]
    l.append(l)
    return f1311(l)
def f1311(a):
    l = [a]
    l.append(l)
    return f1312(l)
def f1312(a):
    l = [a]
    l.append(l)
    return f1313(l)
def f1313(a):
    l = [a]
    l.append(l)
    return f1314(l)
def f1314(a):
    l = [a]
    l.append(l)
    return f1315(l)
def f1315(a):
    l = [a]
    l.append(l)
    return f1316(l)
def f1316(a):
    l = [a]
    l.append(l)
    return f1317(l)
def f1317(a):
    l = [a]
    l.append(l)
    return f1318(l)
def f1318(a):
    l = [a]
    l.append(l)
    return f1319(l)
def f1319(a):
    l = [a]
    l.append(l)
    return f1320(l)
def f1320(a):
    l = [a]
    l.append(l)
    return f1321(l)
def f1321(a):
    l = [a]
    l.append(l)
    return f1322(l)
def f1322(a):
    l = [a]
    l.append(l)
    return f1323(l)
def f1323(a):
    l = [a]
    l.append(l)
    return f1324(l)
def f1324(a):
    l = [a]
    l.append(l)
    return f1325(l)
def f1325(a):
    l = [a]
    l.append(l)
    return f1326(l)
def f1326(a):
    l = [a]
    l.append(l)
    return f1327(l)
def f1327(a):
    l = [a]
    l.append(l)
    return f1328(l)
def f1328(a):
    l = [a]
    l.append(l)
    return f1329(l)
def f1329(a):
    l = [a]
    l.append(l)
    return f1330(l)
def f1330(a):
    l = [a]
    l.append(l)
    return f1331(l)
def f1331(a):
    l = [a]
    l.append(l)
    return f1332(l)
def f1332(a):
    l = [a]
    l.append(l)
    return f1333(l)
def f1333(a):
    l = [a]
    l.append(l)
    return f1334(l)
def f1334(a):
    l = [a]
    l.append(l)
    return f1335(l)
def f1335(a):
    l = [a]
    l.append(l)
    return f1336(l)
def f1336(a):
    l = [a]
    l.append(l)
    return f1337(l)
def f1337(a):
    l = [a]
    l.append(l)
    return f1338(l)
def f1338(a):
    l = [a]
    l.append(l)
    return f1339(l)
def f1339(a):
    l = [a]
    l.append(l)
    return f1340(l)
def f1340(a):
    l = [a]
    l.append(l)
    return f1341(l)
def f1341(a):
    l = [a]
    l.append(l)
    return f1342(l)
def f1342(a):
    l = [a]
    l.append(l)
    return f1343(l)
def f1343(a):
    l = [a]
    l.append(l)
    return f1344(l)
def f1344(a):
    l = [a]
    l.append(l)
    return f1345(l)
def f1345(a):
    l = [a]
    l.append(l)
    return f1346(l)
def f1346(a):
    l = [a]
    l.append(l)
    return f1347(l)
def f1347(a):
    l = [a]
    l.append(l)
    return f1348(l)
def f1348(a):
    l = [a]
    l.append(l)
    return f1349(l)
def f1349(a):
    l = [a]
    l.append(l)
    return f1350(l)
def f1350(a):
    l = [a]
    l.append(l)
    return f1351(l)
def f1351(a):
    l = [a]
    l.append(l)
    return f1352(l)
def f1352(a):
    l = [a]
    l.append(l)
    return f1353(l)
def f1353(a):
    l = [a]
    l.append(l)
    return f1354(l)
def f1354(a):
    l = [a]
    l.append(l)
    return f1355(l)
def f1355(a):
    l = [a]
    l.append(l)
    return f1356(l)
def f1356(a):
    l = [a]
    l.append(l)
    return f1357(l)
def f1357(a):
    l = [a]
    l.append(l)
    return f1358(l)
def f1358(a):
    l = [a]
    l.append(l)
    return f1359(l)
def f1359(a):
    l = [a]
    l.append(l)
    return f1360(l)
def f1360(a):
    l = [a]
    l.append(l)
    return f1361(l)
def f1361(a):
    l = [a]
    l.append(l)
    return f1362(l)
def f1362(a):
    l = [a]
    l.append(l)
    return f1363(l)
def f1363(a):
    l = [a]
    l.append(l)
    return f1364(l)
def f1364(a):
    l = [a]
    l.append(l)
    return f1365(l)
def f1365(a):
    l = [a]
    l.append(l)
    return f1366(l)
def f1366(a):
    l = [a]
    l.append(l)
    return f1367(l)
def f1367(a):
    l = [a]
    l.append(l)
    return f1368(l)
def f1368(a):
    l = [a]
    l.append(l)
    return f1369(l)
def f1369(a):
    l = [a]
    l.append(l)
    return f1370(l)
def f1370(a):
    l = [a]
    l.append(l)
    return f1371(l)
def f1371(a):
    l = [a]
    l.append(l)
    return f1372(l)
def f1372(a):
    l = [a]
    l.append(l)
    return f1373(l)
def f1373(a):
    l = [a]
    l.append(l)
    return f1374(l)
def f1374(a):
    l = [a]
    l.append(l)
    return f1375(l)
def f1375(a):
    l = [a]
    l.append(l)
    return f1376(l)
def f1376(a):
    l = [a]
    l.append(l)
    return f1377(l)
def f1377(a):
    l = [a]
    l.append(l)
    return f1378(l)
def f1378(a):
    l = [a]
    l.append(l)
    return f1379(l)
def f1379(a):
    l = [a]
    l.append(l)
    return f1380(l)
def f1380(a):
    l = [a]
    l.append(l)
    return f1381(l)
def f1381(a):
    l = [a]
    l.append(l)
    return f1382(l)
def f1382(a):
    l = [a]
    l.append(l)
    return f1383(l)
def f1383(a):
    l = [a]
    l.append(l)
    return f1384(l)
def f1384(a):
    l = [a]
    l.append(l)
    return f1385(l)
def f1385(a):
    l = [a]
    l.append(l)
    return f1386(l)
def f1386(a):
    l = [a]
    l.append(l)
    return f1387(l)
def f1387(a):
    l = [a]
    l.append(l)
    return f1388(l)
def f1388(a):
    l = [a]
    l.append(l)
    return f1389(l)
def f1389(a):
    l = [a]
    l.append(l)
    return f1390(l)
def f1390(a):
    l = [a]
    l.append(l)
    return f1391(l)
def f1391(a):
    l = [a]
    l.append(l)
    return f1392(l)
def f1392(a):
    l = [a]
    l.append(l)
    return f1393(l)
def f1393(a):
    l = [a]
    l.append(l)
    return f1394(l)
def f1394(a):
    l = [a]
    l.append(l)
    return f1395(l)
def f1395(a):
    l = [a]
    l.append(l)
    return f1396(l)
def f1396(a):
    l = [a]
    l.append(l)
    return f1397(l)
def f1397(a):
    l = [a]
    l.append(l)
    return f1398(l)
def f1398(a):
    l = [a]
    l.append(l)
    return f1399(l)
def f1399(a):
    l = [a]
    l.append(l)
    return f1400(l)
def f1400(a):
    l = [a]
    l.append(l)
    return f1401(l)
def f1401(a):
    l = [a]
    l.append(l)
    return f1402(l)
def f1402(a):
    l = [a]
    l.append(l)
    return f1403(l)
def f1403(a):
    l = [a]
    l.append(l)
    return f1404(l)
def f1404(a):
    l = [a]
    l.append(l)
    return f1405(l)
def f1405(a):
    l = [a]
    l.append(l)
    return f1406(l)
def f1406(a):
    l = [a]
    l.append(l)
    return f1407(l)
def f1407(a):
    l = [a]
    l.append(l)
    return f1408(l)
def f1408(a):
    l = [a]
    l.append(l)
    return f1409(l)
def f1409(a):
    l = [a]
    l.append(l)
    return f1410(l)
def f1410(a):
    l = [a]
    l.append(l)
    return f1411(l)
def f1411(a):
    l = [a]
    l.append(l)
    return f1412(l)
def f1412(a):
    l = [a]
    l.append(l)
    return f1413(l)
def f1413(a):
    l = [a]
    l.append(l)
    return f1414(l)
def f1414(a):
    l = [a]
    l.append(l)
    return f1415(l)
def f1415(a):
    l = [a]
    l.append(l)
    return f1416(l)
def f1416(a):
    l = [a]
    l.append(l)
    return f1417(l)
def f1417(a):
    l = [a]
    l.append(l)
    return f1418(l)
def f1418(a):
    l = [a]
    l.append(l)
    return f1419(l)
def f1419(a):
    l = [a]
    l.append(l)
    return f1420(l)
def f1420(a):
    l = [a]
    l.append(l)
    return f1421(l)
def f1421(a):
    l = [a]
    l.append(l)
    return f1422(l)
def f1422(a):
    l = [a]
    l.append(l)
    return f1423(l)
def f1423(a):
    l = [a]
    l.append(l)
    return f1424(l)
def f1424(a):
    l = [a]
    l.append(l)
    return f1425(l)
def f1425(a):
    l = [a]
    l.append(l)
    return f1426(l)
def f1426(a):
    l = [a]
    l.append(l)
    return f1427(l)
def f1427(a):
    l = [a]
    l.append(l)
    return f1428(l)
def f1428(a):
    l = [a]
    l.append(l)
    return f1429(l)
def f1429(a):
    l = [a]
    l.append(l)
    return f1430(l)
def f1430(a):
    l = [a]
    l.append(l)
    return f1431(l)
def f1431(a):
    l = [a]
    l.append(l)
    return f1432(l)
def f1432(a):
    l = [a]
    l.append(l)
    return f1433(l)
def f1433(a):
    l = [a]
    l.append(l)
    return f1434(l)
def f1434(a):
    l = [a]
    l.append(l)
    return f1435(l)
def f1435(a):
    l = [a]
    l.append(l)
    return f1436(l)
def f1436(a):
    l = [a]
    l.append(l)
    return f1437(l)
def f1437(a):
    l = [a]
    l.append(l)
    return f1438(l)
def f1438(a):
    l = [a]
    l.append(l)
    return f1439(l)
def f1439(a):
    l = [a]
    l.append(l)
    return f1440(l)
def f1440(a):
    l = [a]
    l.append(l)
    return f1441(l)
def f1441(a):
    l = [a]
    l.append(l)
    return f1442(l)
def f1442(a):
    l = [a]
    l.append(l)
    return f1443(l)
def f1443(a):
    l = [a]
    l.append(l)
    return f1444(l)
def f1444(a):
    l = [a]
    l.append(l)
    return f1445(l)
def f1445(a):
    l = [a]
    l.append(l)
    return f1446(l)
def f1446(a):
    l = [a]
    l.append(l)
    return f1447(l)
def f1447(a):
    l = [a]
    l.append(l)
    return f1448(l)
def f1448(a):
    l = [a]
    l.append(l)
    return f1449(l)
def f1449(a):
    l = [a]
    l.append(l)
    return f1450(l)
def f1450(a):
    l = [a]
    l.append(l)
    return f1451(l)
def f1451(a):
    l = [a]
    l.append(l)
    return f1452(l)
def f1452(a):
    l = [a]
    l.append(l)
    return f1453(l)
def f1453(a):
    l = [a]
    l.append(l)
    return f1454(l)
def f1454(a):
    l = [a]
    l.append(l)
    return f1455(l)
def f1455(a):
    l = [a]
    l.append(l)
    return f1456(l)
def f1456(a):
    l = [a]
    l.append(l)
    return f1457(l)
def f1457(a):
    l = [a]
    l.append(l)
    return f1458(l)
def f1458(a):
    l = [a]
    l.append(l)
    return f1459(l)
def f1459(a):
    l = [a]
    l.append(l)
    return f1460(l)
def f1460(a):
    l = [a]
    l.append(l)
    return f1461(l)
def f1461(a):
    l = [a]
    l.append(l)
    return f1462(l)
def f1462(a):
    l = [a]
    l.append(l)
    return f1463(l)
def f1463(a):
    l = [a]
    l.append(l)
    return f1464(l)
def f1464(a):
    l = [a]
    l.append(l)
    return f1465(l)
def f1465(a):
    l = [a]
    l.append(l)
    return f1466(l)
def f1466(a):
    l = [a]
    l.append(l)
    return f1467(l)
def f1467(a):
    l = [a]
    l.append(l)
    return f1468(l)
def f1468(a):
    l = [a]
    l.append(l)
    return f1469(l)
def f1469(a):
    l = [a]
    l.append(l)
    return f1470(l)
def f1470(a):
    l = [a]
    l.append(l)
    return f1471(l)
def f1471(a):
    l = [a]
    l.append(l)
    return f1472(l)
def f1472(a):
    l = [a]
    l.append(l)
    return f1473(l)
def f1473(a):
    l = [a]
    l.append(l)
    return f1474(l)
def f1474(a):
    l = [a]
    l.append(l)
    return f1475(l)
def f1475(a):
    l = [a]
    l.append(l)
    return f1476(l)
def f1476(a):
    l = [a]
    l.append(l)
    return f1477(l)
def f1477(a):
    l = [a]
    l.append(l)
    return f1478(l)
def f1478(a):
    l = [a]
    l.append(l)
    return f1479(l)
def f1479(a):
    l = [a]
    l.append(l)
    return f1480(l)
def f1480(a):
    l = [a]
    l.append(l)
    return f1481(l)
def f1481(a):
    l = [a]
    l.append(l)
    return f1482(l)
def f1482(a):
    l = [a]
    l.append(l)
    return f1483(l)
def f1483(a):
    l = [a]
    l.append(l)
    return f1484(l)
def f1484(a):
    l = [a]
    l.append(l)
    return f1485(l)
def f1485(a):
    l = [a]
    l.append(l)
    return f1486(l)
def f1486(a):
    l = [a]
    l.append(l)
    return f1487(l)
def f1487(a):
    l = [a]
    l.append(l)
    return f1488(l)
def f1488(a):
    l = [a]
    l.append(l)
    return f1489(l)
def f1489(a):
    l = [a]
    l.append(l)
    return f1490(l)
def f1490(a):
    l = [a]
    l.append(l)
    return f1491(l)
def f1491(a):
    l = [a]
    l.append(l)
    return f1492(l)
def f1492(a):
    l = [a]
    l.append(l)
    return f1493(l)
def f1493(a):
    l = [a]
    l.append(l)
    return f1494(l)
def f1494(a):
    l = [a]
    l.append(l)
    return f1495(l)
def f1495(a):
    l = [a]
    l.append(l)
    return f1496(l)
def f1496(a):
    l = [a]
    l.append(l)
    return f1497(l)
def f1497(a):
    l = [a]
    l.append(l)
    return f1498(l)
def f1498(a):
    l = [a]
    l.append(l)
    return f1499(l)
def f1499(a):
    l = [a]
    l.append(l)
    return f1500(l)
def f1500(a):
    l = [a]
    l.append(l)
    return f1501(l)
def f1501(a):
    l = [a]
    l.append(l)
    return f1502(l)
def f1502(a):
    l = [a]
    l.append(l)
    return f1503(l)
def f1503(a):
    l = [a]
    l.append(l)
    return f1504(l)
def f1504(a):
    l = [a]
    l.append(l)
    return f1505(l)
def f1505(a):
    l = [a]
    l.append(l)
    return f1506(l)
def f1506(a):
    l = [a]
    l.append(l)
    return f1507(l)
def f1507(a):
    l = [a]
    l.append(l)
    return f1508(l)
def f1508(a):
    l = [a]
    l.append(l)
    return f1509(l)
def f1509(a):
    l = [a]
    l.append(l)
    return f1510(l)
def f1510(a):
    l = [a]
    l.append(l)
    return f1511(l)
def f1511(a):
    l = [a]
    l.append(l)
    return f1512(l)
def f1512(a):
    l = [a]
    l.append(l)
    return f1513(l)
def f1513(a):
    l = [a]
    l.append(l)
    return f1514(l)
def f1514(a):
    l = [a]
    l.append(l)
    return f1515(l)
def f1515(a):
    l = [a]
    l.append(l)
    return f1516(l)
def f1516(a):
    l = [a]
    l.append(l)
    return f1517(l)
def f1517(a):
    l = [a]
    l.append(l)
    return f1518(l)
def f1518(a):
    l = [a]
    l.append(l)
    return f1519(l)
def f1519(a):
    l = [a]
    l.append(l)
    return f1520(l)
def f1520(a):
    l = [a]
    l.append(l)
    return f1521(l)
def f1521(a):
    l = [a]
    l.append(l)
    return f1522(l)
def f1522(a):
    l = [a]
    l.append(l)
    return f1523(l)
def f1523(a):
    l = [a]
    l.append(l)
    return f1524(l)
def f1524(a):
    l = [a]
    l.append(l)
    return f1525(l)
def f1525(a):
    l = [a]
    l.append(l)
    return f1526(l)
def f1526(a):
    l = [a]
    l.append(l)
    return f1527(l)
def f1527(a):
    l = [a]
    l.append(l)
    return f1528(l)
def f1528(a):
    l = [a]
    l.append(l)
    return f1529(l)
def f1529(a):
    l = [a]
    l.append(l)
    return f1530(l)
def f1530(a):
    l = [a]
    l.append(l)
    return f1531(l)
def f1531(a):
    l = [a]
    l.append(l)
    return f1532(l)
def f1532(a):
    l = [a]
    l.append(l)
    return f1533(l)
def f1533(a):
    l = [a]
    l.append(l)
    return f1534(l)
def f1534(a):
    l = [a]
    l.append(l)
    return f1535(l)
def f1535(a):
    l = [a]
    l.append(l)
    return f1536(l)
def f1536(a):
    l = [a]
    l.append(l)
    return f1537(l)
def f1537(a):
    l = [a]
    l.append(l)
    return f1538(l)
def f1538(a):
    l = [a]
    l.append(l)
    return f1539(l)
def f1539(a):
    l = [a]
    l.append(l)
    return f1540(l)
def f1540(a):
    l = [a]
    l.append(l)
    return f1541(l)
def f1541(a):
    l = [a]
    l.append(l)
    return f1542(l)
def f1542(a):
    l = [a]
    l.append(l)
    return f1543(l)
def f1543(a):
    l = [a]
    l.append(l)
    return f1544(l)
def f1544(a):
    l = [a]
    l.append(l)
    return f1545(l)
def f1545(a):
    l = [a]
    l.append(l)
    return f1546(l)
def f1546(a):
    l = [a]
    l.append(l)
    return f1547(l)
def f1547(a):
    l = [a]
    l.append(l)
    return f1548(l)
def f1548(a):
    l = [a]
    l.append(l)
    return f1549(l)
def f1549(a):
    l = [a]
    l.append(l)
    return f1550(l)
def f1550(a):
    l = [a]
    l.append(l)
    return f1551(l)
def f1551(a):
    l = [a]
    l.append(l)
    return f1552(l)
def f1552(a):
    l = [a]
    l.append(l)
    return f1553(l)
def f1553(a):
    l = [a]
    l.append(l)
    return f1554(l)
def f1554(a):
    l = [a]
    l.append(l)
    return f1555(l)
def f1555(a):
    l = [a]
    l.append(l)
    return f1556(l)
def f1556(a):
    l = [a]
    l.append(l)
    return f1557(l)
def f1557(a):
    l = [a]
    l.append(l)
    return f1558(l)
def f1558(a):
    l = [a]
    l.append(l)
    return f1559(l)
def f1559(a):
    l = [a]
    l.append(l)
    return f1560(l)
def f1560(a):
    l = [a]
    l.append(l)
    return f1561(l)
def f1561(a):
    l = [a]
    l.append(l)
    return f1562(l)
def f1562(a):
    l = [a]
    l.append(l)
    return f1563(l)
def f1563(a):
    l = [a]
    l.append(l)
    return f1564(l)
def f1564(a):
    l = [a]
    l.append(l)
    return f1565(l)
def f1565(a):
    l = [a]
    l.append(l)
    return f1566(l)
def f1566(a):
    l = [a]
    l.append(l)
    return f1567(l)
def f1567(a):
    l = [a]
    l.append(l)
    return f1568(l)
def f1568(a):
    l = [a]
    l.append(l)
    return f1569(l)
def f1569(a):
    l = [a]
    l.append(l)
    return f1570(l)
def f1570(a):
    l = [a]
    l.append(l)
    return f1571(l)
def f1571(a):
    l = [a]
    l.append(l)
    return f1572(l)
def f1572(a):
    l = [a]
    l.append(l)
    return f1573(l)
def f1573(a):
    l = [a]
    l.append(l)
    return f1574(l)
def f1574(a):
    l = [a]
    l.append(l)
    return f1575(l)
def f1575(a):
    l = [a]
    l.append(l)
    return f1576(l)
def f1576(a):
    l = [a]
    l.append(l)
    return f1577(l)
def f1577(a):
    l = [a]
    l.append(l)
    return f1578(l)
def f1578(a):
    l = [a]
    l.append(l)
    return f1579(l)
def f1579(a):
    l = [a]
    l.append(l)
    return f1580(l)
def f1580(a):
    l = [a]
    l.append(l)
    return f1581(l)
def f1581(a):
    l = [a]
    l.append(l)
    return f1582(l)
def f1582(a):
    l = [a]
    l.append(l)
    return f1583(l)
def f1583(a):
    l = [a]
    l.append(l)
    return f1584(l)
def f1584(a):
    l = [a]
    l.append(l)
    return f1585(l)
def f1585(a):
    l = [a]
    l.append(l)
    return f1586(l)
def f1586(a):
    l = [a]
    l.append(l)
    return f1587(l)
def f1587(a):
    l = [a]
    l.append(l)
    return f1588(l)
def f1588(a):
    l = [a]
    l.append(l)
    return f1589(l)
def f1589(a):
    l = [a]
    l.append(l)
    return f1590(l)
def f1590(a):
    l = [a]
    l.append(l)
    return f1591(l)
def f1591(a):
    l = [a]
    l.append(l)
    return f1592(l)
def f1592(a):
    l = [a]
    l.append(l)
    return f1593(l)
def f1593(a):
    l = [a]
    l.append(l)
    return f1594(l)
def f1594(a):
    l = [a]
    l.append(l)
    return f1595(l)
def f1595(a):
    l = [a]
    l.append(l)
    return f1596(l)
def f1596(a):
    l = [a]
    l.append(l)
    return f1597(l)
def f1597(a):
    l = [a]
    l.append(l)
    return f1598(l)
def f1598(a):
    l = [a]
    l.append(l)
    return f1599(l)
def f1599(a):
    l = [a]
    l.append(l)
    return f1600(l)
def f1600(a):
    l = [a]
    l.append(l)
    return f1601(l)
def f1601(a):
    l = [a]
    l.append(l)
    return f1602(l)
def f1602(a):
    l = [a]
    l.append(l)
    return f1603(l)
def f1603(a):
    l = [a]
    l.append(l)
    return f1604(l)
def f1604(a):
    l = [a]
    l.append(l)
    return f1605(l)
def f1605(a):
    l = [a]
    l.append(l)
    return f1606(l)
def f1606(a):
    l = [a]
    l.append(l)
    return f1607(l)
def f1607(a):
    l = [a]
    l.append(l)
    return f1608(l)
def f1608(a):
    l = [a]
    l.append(l)
    return f1609(l)
def f1609(a):
    l = [a]
    l.append(l)
    return f1610(l)
def f1610(a):
    l = [a]
    l.append(l)
    return f1611(l)
def f1611(a):
    l = [a]
    l.append(l)
    return f1612(l)
def f1612(a):
    l = [a]
    l.append(l)
    return f1613(l)
def f1613(a):
    l = [a]
    l.append(l)
    return f1614(l)
def f1614(a):
    l = [a]
    l.append(l)
    return f1615(l)
def f1615(a):
    l = [a]
    l.append(l)
    return f1616(l)
def f1616(a):
    l = [a]
    l.append(l)
    return f1617(l)
def f1617(a):
    l = [a]
    l.append(l)
    return f1618(l)
def f1618(a):
    l = [a]
    l.append(l)
    return f1619(l)
def f1619(a):
    l = [a]
    l.append(l)
    return f1620(l)
def f1620(a):
    l = [a]
    l.append(l)
    return f1621(l)
def f1621(a):
    l = [a]
    l.append(l)
    return f1622(l)
def f1622(a):
    l = [a]
    l.append(l)
    return f1623(l)
def f1623(a):
    l = [a]
    l.append(l)
    return f1624(l)
def f1624(a):
    l = [a]
    l.append(l)
    return f1625(l)
def f1625(a):
    l = [a]
    l.append(l)
    return f1626(l)
def f1626(a):
    l = [a]
    l.append(l)
    return f1627(l)
def f1627(a):
    l = [a]
    l.append(l)
    return f1628(l)
def f1628(a):
    l = [a]
    l.append(l)
    return f1629(l)
def f1629(a):
    l = [a]
    l.append(l)
    return f1630(l)
def f1630(a):
    l = [a]
    l.append(l)
    return f1631(l)
def f1631(a):
    l = [a]
    l.append(l)
    return f1632(l)
def f1632(a):
    l = [a]
    l.append(l)
    return f1633(l)
def f1633(a):
    l = [a]
    l.append(l)
    return f1634(l)
def f1634(a):
    l = [a]
    l.append(l)
    return f1635(l)
def f1635(a):
    l = [a]
    l.append(l)
    return f1636(l)
def f1636(a):
    l = [a]
    l.append(l)
    return f1637(l)
def f1637(a):
    l = [a]
    l.append(l)
    return f1638(l)
def f1638(a):
    l = [a]
    l.append(l)
    return f1639(l)
def f1639(a):
    l = [a]
    l.append(l)
    return f1640(l)
def f1640(a):
    l = [a]
    l.append(l)
    return f1641(l)
def f1641(a):
    l = [a]
    l.append(l)
    return f1642(l)
def f1642(a):
    l = [a]
    l.append(l)
    return f1643(l)
def f1643(a):
    l = [a]
    l.append(l)
    return f1644(l)
def f1644(a):
    l = [a]
    l.append(l)
    return f1645(l)
def f1645(a):
    l = [a]
    l.append(l)
    return f1646(l)
def f1646(a):
    l = [a]
    l.append(l)
    return f1647(l)
def f1647(a):
    l = [a]
    l.append(l)
    return f1648(l)
def f1648(a):
    l = [a]
    l.append(l)
    return f1649(l)
def f1649(a):
    l = [a]
    l.append(l)
    return f1650(l)
def f1650(a):
    l = [a]
    l.append(l)
    return f1651(l)
def f1651(a):
    l = [a]
    l.append(l)
    return f1652(l)
def f1652(a):
    l = [a]
    l.append(l)
    return f1653(l)
def f1653(a):
    l = [a]
    l.append(l)
    return f1654(l)
def f1654(a):
    l = [a]
    l.append(l)
    return f1655(l)
def f1655(a):
    l = [a]
    l.append(l)
    return f1656(l)
def f1656(a):
    l = [a]
    l.append(l)
    return f1657(l)
def f1657(a):
    l = [a]
    l.append(l)
    return f1658(l)
def f1658(a):
    l = [a]
    l.append(l)
    return f1659(l)
def f1659(a):
    l = [a]
    l.append(l)
    return f1660(l)
def f1660(a):
    l = [a]
    l.append(l)
    return f1661(l)
def f1661(a):
    l = [a]
    l.append(l)
    return f1662(l)
def f1662(a):
    l = [a]
    l.append(l)
    return f1663(l)
def f1663(a):
    l = [a]
    l.append(l)
    return f1664(l)
def f1664(a):
    l = [a]
    l.append(l)
    return f1665(l)
def f1665(a):
    l = [a]
    l.append(l)
    return f1666(l)
def f1666(a):
    l = [a]
    l.append(l)
    return f1667(l)
def f1667(a):
    l = [a]
    l.append(l)
    return f1668(l)
def f1668(a):
    l = [a]
    l.append(l)
    return f1669(l)
def f1669(a):
    l = [a]
    l.append(l)
    return f1670(l)
def f1670(a):
    l = [a]
    l.append(l)
    return f1671(l)
def f1671(a):
    l = [a]
    l.append(l)
    return f1672(l)
def f1672(a):
    l = [a]
    l.append(l)
    return f1673(l)
def f1673(a):
    l = [a]
    l.append(l)
    return f1674(l)
def f1674(a):
    l = [a]
    l.append(l)
    return f1675(l)
def f1675(a):
    l = [a]
    l.append(l)
    return f1676(l)
def f1676(a):
    l = [a]
    l.append(l)
    return f1677(l)
def f1677(a):
    l = [a]
    l.append(l)
    return f1678(l)
def f1678(a):
    l = [a]
    l.append(l)
    return f1679(l)
def f1679(a):
    l = [a]
    l.append(l)
    return f1680(l)
def f1680(a):
    l = [a]
    l.append(l)
    return f1681(l)
def f1681(a):
    l = [a]
    l.append(l)
    return f1682(l)
def f1682(a):
    l = [a]
    l.append(l)
    return f1683(l)
def f1683(a):
    l = [a]
    l.append(l)
    return f1684(l)
def f1684(a):
    l = [a]
    l.append(l)
    return f1685(l)
def f1685(a):
    l = [a]
    l.append(l)
    return f1686(l)
def f1686(a):
    l = [a]
    l.append(l)
    return f1687(l)
def f1687(a):
    l = [a]
    l.append(l)
    return f1688(l)
def f1688(a):
    l = [a]
    l.append(l)
    return f1689(l)
def f1689(a):
    l = [a]
    l.append(l)
    return f1690(l)
def f1690(a):
    l = [a]
    l.append(l)
    return f1691(l)
def f1691(a):
    l = [a]
    l.append(l)
    return f1692(l)
def f1692(a):
    l = [a]
    l.append(l)
    return f1693(l)
def f1693(a):
    l = [a]
    l.append(l)
    return f1694(l)
def f1694(a):
    l = [a]
    l.append(l)
    return f1695(l)
def f1695(a):
    l = [a]
    l.append(l)
    return f1696(l)
def f1696(a):
    l = [a]
    l.append(l)
    return f1697(l)
def f1697(a):
    l = [a]
    l.append(l)
    return f1698(l)
def f1698(a):
    l = [a]
    l.append(l)
    return f1699(l)
def f1699(a):
    l = [a]
    l.append(l)
    return f1700(l)
def f1700(a):
    l = [a]
    l.append(l)
    return f1701(l)
def f1701(a):
    l = [a]
    l.append(l)
    return f1702(l)
def f1702(a):
    l = [a]
    l.append(l)
    return f1703(l)
def f1703(a):
    l = [a]
    l.append(l)
    return f1704(l)
def f1704(a):
    l = [a]
    l.append(l)
    return f1705(l)
def f1705(a):
    l = [a]
    l.append(l)
    return f1706(l)
def f1706(a):
    l = [a]
    l.append(l)
    return f1707(l)
def f1707(a):
    l = [a]
    l.append(l)
    return f1708(l)
def f1708(a):
    l = [a]
    l.append(l)
    return f1709(l)
def f1709(a):
    l = [a]
    l.append(l)
    return f1710(l)
def f1710(a):
    l = [a]
    l.append(l)
    return f1711(l)
def f1711(a):
    l = [a]
    l.append(l)
    return f1712(l)
def f1712(a):
    l = [a]
    l.append(l)
    return f1713(l)
def f1713(a):
    l = [a]
    l.append(l)
    return f1714(l)
def f1714(a):
    l = [a]
    l.append(l)
    return f1715(l)
def f1715(a):
    l = [a]
    l.append(l)
    return f1716(l)
def f1716(a):
    l = [a]
    l.append(l)
    return f1717(l)
def f1717(a):
    l = [a]
    l.append(l)
    return f1718(l)
def f1718(a):
    l = [a]
    l.append(l)
    return f1719(l)
def f1719(a):
    l = [a]
    l.append(l)
    return f1720(l)
def f1720(a):
    l = [a]
    l.append(l)
    return f1721(l)
def f1721(a):
    l = [a]
    l.append(l)
    return f1722(l)
def f1722(a):
    l = [a]
    l.append(l)
    return f1723(l)
def f1723(a):
    l = [a]
    l.append(l)
    return f1724(l)
def f1724(a):
    l = [a]
    l.append(l)
    return f1725(l)
def f1725(a):
    l = [a]
    l.append(l)
    return f1726(l)
def f1726(a):
    l = [a]
    l.append(l)
    return f1727(l)
def f1727(a):
    l = [a]
    l.append(l)
    return f1728(l)
def f1728(a):
    l = [a]
    l.append(l)
    return f1729(l)
def f1729(a):
    l = [a]
    l.append(l)
    return f1730(l)
def f1730(a):
    l = [a]
    l.append(l)
    return f1731(l)
def f1731(a):
    l = [a]
    l.append(l)
    return f1732(l)
def f1732(a):
    l = [a]
    l.append(l)
    return f1733(l)
def f1733(a):
    l = [a]
    l.append(l)
    return f1734(l)
def f1734(a):
    l = [a]
    l.append(l)
    return f1735(l)
def f1735(a):
    l = [a]
    l.append(l)
    return f1736(l)
def f1736(a):
    l = [a]
    l.append(l)
    return f1737(l)
def f1737(a):
    l = [a]
    l.append(l)
    return f1738(l)
def f1738(a):
    l = [a]
    l.append(l)
    return f1739(l)
def f1739(a):
    l = [a]
    l.append(l)
    return f1740(l)
def f1740(a):
    l = [a]
    l.append(l)
    return f1741(l)
def f1741(a):
    l = [a]
    l.append(l)
    return f1742(l)
def f1742(a):
    l = [a]
    l.append(l)
    return f1743(l)
def f1743(a):
    l = [a]
    l.append(l)
    return f1744(l)
def f1744(a):
    l = [a]
    l.append(l)
    return f1745(l)
def f1745(a):
    l = [a]
    l.append(l)
    return f1746(l)
def f1746(a):
    l = [a]
    l.append(l)
    return f1747(l)
def f1747(a):
    l = [a]
    l.append(l)
    return f1748(l)
def f1748(a):
    l = [a]
    l.append(l)
    return f1749(l)
def f1749(a):
    l = [a]
    l.append(l)
    return f1750(l)
def f1750(a):
    l = [a]
    l.append(l)
    return f1751(l)
def f1751(a):
    l = [a]
    l.append(l)
    return f1752(l)
def f1752(a):
    l = [a]
    l.append(l)
    return f1753(l)
def f1753(a):
    l = [a]
    l.append(l)
    return f1754(l)
def f1754(a):
    l = [a]
    l.append(l)
    return f1755(l)
def f1755(a):
    l = [a]
    l.append(l)
    return f1756(l)
def f1756(a):
    l = [a]
    l.append(l)
    return f1757(l)
def f1757(a):
    l = [a]
    l.append(l)
    return f1758(l)
def f1758(a):
    l = [a]
    l.append(l)
    return f1759(l)
def f1759(a):
    l = [a]
    l.append(l)
    return f1760(l)
def f1760(a):
    l = [a]
    l.append(l)
    return f1761(l)
def f1761(a):
    l = [a]
    l.append(l)
    return f1762(l)
def f1762(a):
    l = [a]
    l.append(l)
    return f1763(l)
def f1763(a):
    l = [a]
    l.append(l)
    return f1764(l)
def f1764(a):
    l = [a]
    l.append(l)
    return f1765(l)
def f1765(a):
    l = [a]
    l.append(l)
    return f1766(l)
def f1766(a):
    l = [a]
    l.append(l)
    return f1767(l)
def f1767(a):
    l = [a]
    l.append(l)
    return f1768(l)
def f1768(a):
    l = [a]
    l.append(l)
    return f1769(l)
def f1769(a):
    l = [a]
    l.append(l)
    return f1770(l)
def f1770(a):
    l = [a]
    l.append(l)
    return f1771(l)
def f1771(a):
    l = [a]
    l.append(l)
    return f1772(l)
def f1772(a):
    l = [a]
    l.append(l)
    return f1773(l)
def f1773(a):
    l = [a]
    l.append(l)
    return f1774(l)
def f1774(a):
    l = [a]
    l.append(l)
    return f1775(l)
def f1775(a):
    l = [a]
    l.append(l)
    return f1776(l)
def f1776(a):
    l = [a]
    l.append(l)
    return f1777(l)
def f1777(a):
    l = [a]
    l.append(l)
    return f1778(l)
def f1778(a):
    l = [a]
    l.append(l)
    return f1779(l)
def f1779(a):
    l = [a]
    l.append(l)
    return f1780(l)
def f1780(a):
    l = [a]
    l.append(l)
    return f1781(l)
def f1781(a):
    l = [a]
    l.append(l)
    return f1782(l)
def f1782(a):
    l = [a]
    l.append(l)
    return f1783(l)
def f1783(a):
    l = [a]
    l.append(l)
    return f1784(l)
def f1784(a):
    l = [a]
    l.append(l)
    return f1785(l)
def f1785(a):
    l = [a]
    l.append(l)
    return f1786(l)
def f1786(a):
    l = [a]
    l.append(l)
    return f1787(l)
def f1787(a):
    l = [a]
    l.append(l)
    return f1788(l)
def f1788(a):
    l = [a]
    l.append(l)
    return f1789(l)
def f1789(a):
    l = [a]
    l.append(l)
    return f1790(l)
def f1790(a):
    l = [a]
    l.append(l)
    return f1791(l)
def f1791(a):
    l = [a]
    l.append(l)
    return f1792(l)
def f1792(a):
    l = [a]
    l.append(l)
    return f1793(l)
def f1793(a):
    l = [a]
    l.append(l)
    return f1794(l)
def f1794(a):
    l = [a]
    l.append(l)
    return f1795(l)
def f1795(a):
    l = [a]
    l.append(l)
    return f1796(l)
def f1796(a):
    l = [a]
    l.append(l)
    return f1797(l)
def f1797(a):
    l = [a]
    l.append(l)
    return f1798(l)
def f1798(a):
    l = [a]
    l.append(l)
    return f1799(l)
def f1799(a):
    l = [a]
    l.append(l)
    return f1800(l)
def f1800(a):
    l = [a]
    l.append(l)
    return f1801(l)
def f1801(a):
    l = [a]
    l.append(l)
    return f1802(l)
def f1802(a):
    l = [a]
    l.append(l)
    return f1803(l)
def f1803(a):
    l = [a]
    l.append(l)
    return f1804(l)
def f1804(a):
    l = [a]
    l.append(l)
    return f1805(l)
def f1805(a):
    l = [a]
    l.append(l)
    return f1806(l)
def f1806(a):
    l = [a]
    l.append(l)
    return f1807(l)
def f1807(a):
    l = [a]
    l.append(l)
    return f1808(l)
def f1808(a):
    l = [a]
    l.append(l)
    return f1809(l)
def f1809(a):
    l = [a]
    l.append(l)
    return f1810(l)
def f1810(a):
    l = [a]
    l.append(l)
    return f1811(l)
def f1811(a):
    l = [a]
    l.append(l)
    return f1812(l)
def f1812(a):
    l = [a]
    l.append(l)
    return f1813(l)
def f1813(a):
    l = [a]
    l.append(l)
    return f1814(l)
def f1814(a):
    l = [a]
    l.append(l)
    return f1815(l)
def f1815(a):
    l = [a]
    l.append(l)
    return f1816(l)
def f1816(a):
    l = [a]
    l.append(l)
    return f1817(l)
def f1817(a):
    l = [a]
    l.append(l)
    return f1818(l)
def f1818(a):
    l = [a]
    l.append(l)
    return f1819(l)
def f1819(a):
    l = [a]
    l.append(l)
    return f1820(l)
def f1820(a):
    l = [a]
    l.append(l)
    return f1821(l)
def f1821(a):
    l = [a]
    l.append(l)
    return f1822(l)
def f1822(a):
    l = [a]
    l.append(l)
    return f1823(l)
def f1823(a):
    l = [a]
    l.append(l)
    return f1824(l)
def f1824(a):
    l = [a]
    l.append(l)
    return f1825(l)
def f1825(a):
    l = [a]
    l.append(l)
    return f1826(l)
def f1826(a):
    l = [a]
    l.append(l)
    return f1827(l)
def f1827(a):
    l = [a]
    l.append(l)
    return f1828(l)
def f1828(a):
    l = [a]
    l.append(l)
    return f1829(l)
def f1829(a):
    l = [a]
    l.append(l)
    return f1830(l)
def f1830(a):
    l = [a]
    l.append(l)
    return f1831(l)
def f1831(a):
    l = [a]
    l.append(l)
    return f1832(l)
def f1832(a):
    l = [a]
    l.append(l)
    return f1833(l)
def f1833(a):
    l = [a]
    l.append(l)
    return f1834(l)
def f1834(a):
    l = [a]
    l.append(l)
    return f1835(l)
def f1835(a):
    l = [a]
    l.append(l)
    return f1836(l)
def f1836(a):
    l = [a]
    l.append(l)
    return f1837(l)
def f1837(a):
    l = [a]
    l.append(l)
    return f1838(l)
def f1838(a):
    l = [a]
    l.append(l)
    return f1839(l)
def f1839(a):
    l = [a]
    l.append(l)
    return f1840(l)
def f1840(a):
    l = [a]
    l.append(l)
    return f1841(l)
def f1841(a):
    l = [a]
    l.append(l)
    return f1842(l)
def f1842(a):
    l = [a]
    l.append(l)
    return f1843(l)
def f1843(a):
    l = [a]
    l.append(l)
    return f1844(l)
def f1844(a):
    l = [a]
    l.append(l)
    return f1845(l)
def f1845(a):
    l = [a]
    l.append(l)
    return f1846(l)
def f1846(a):
    l = [a]
    l.append(l)
    return f1847(l)
def f1847(a):
    l = [a]
    l.append(l)
    return f1848(l)
def f1848(a):
    l = [a]
    l.append(l)
    return f1849(l)
def f1849(a):
    l = [a]
    l.append(l)
    return f1850(l)
def f1850(a):
    l = [a]
    l.append(l)
    return f1851(l)
def f1851(a):
    l = [a]
    l.append(l)
    return f1852(l)
def f1852(a):
    l = [a]
    l.append(l)
    return f1853(l)
def f1853(a):
    l = [a]
    l.append(l)
    return f1854(l)
def f1854(a):
    l = [a]
    l.append(l)
    return f1855(l)
def f1855(a):
    l = [a]
    l.append(l)
    return f1856(l)
def f1856(a):
    l = [a]
    l.append(l)
    return f1857(l)
def f1857(a):
    l = [a]
    l.append(l)
    return f1858(l)
def f1858(a):
    l = [a]
    l.append(l)
    return f1859(l)
def f1859(a):
    l = [a]
    l.append(l)
    return f1860(l)
def f1860(a):
    l = [a]
    l.append(l)
    return f1861(l)
def f1861(a):
    l = [a]
    l.append(l)
    return f1862(l)
def f1862(a):
    l = [a]
    l.append(l)
    return f1863(l)
def f1863(a):
    l = [a]
    l.append(l)
    return f1864(l)
def f1864(a):
    l = [a]
    l.append(l)
    return f1865(l)
def f1865(a):
    l = [a]
    l.append(l)
    return f1866(l)
def f1866(a):
    l = [a]
    l.append(l)
    return f1867(l)
def f1867(a):
    l = [a]
    l.append(l)
    return f1868(l)
def f1868(a):
    l = [a]
    l.append(l)
    return f1869(l)
def f1869(a):
    l = [a]
    l.append(l)
    return f1870(l)
def f1870(a):
    l = [a]
    l.append(l)
    return f1871(l)
def f1871(a):
    l = [a]
    l.append(l)
    return f1872(l)
def f1872(a):
    l = [a]
    l.append(l)
    return f1873(l)
def f1873(a):
    l = [a]
    l.append(l)
    return f1874(l)
def f1874(a):
    l = [a]
    l.append(l)
    return f1875(l)
def f1875(a):
    l = [a]
    l.append(l)
    return f1876(l)
def f1876(a):
    l = [a]
    l.append(l)
    return f1877(l)
def f1877(a):
    l = [a]
    l.append(l)
    return f1878(l)
def f1878(a):
    l = [a]
    l.append(l)
    return f1879(l)
def f1879(a):
    l = [a]
    l.append(l)
    return f1880(l)
def f1880(a):
    l = [a]
    l.append(l)
    return f1881(l)
def f1881(a):
    l = [a]
    l.append(l)
    return f1882(l)
def f1882(a):
    l = [a]
    l.append(l)
    return f1883(l)
def f1883(a):
    l = [a]
    l.append(l)
    return f1884(l)
def f1884(a):
    l = [a]
    l.append(l)
    return f1885(l)
def f1885(a):
    l = [a]
    l.append(l)
    return f1886(l)
def f1886(a):
    l = [a]
    l.append(l)
    return f1887(l)
def f1887(a):
    l = [a]
    l.append(l)
    return f1888(l)
def f1888(a):
    l = [a]
    l.append(l)
    return f1889(l)
def f1889(a):
    l = [a]
    l.append(l)
    return f1890(l)
def f1890(a):
    l = [a]
    l.append(l)
    return f1891(l)
def f1891(a):
    l = [a]
    l.append(l)
    return f1892(l)
def f1892(a):
    l = [a]
    l.append(l)
    return f1893(l)
def f1893(a):
    l = [a]
    l.append(l)
    return f1894(l)
def f1894(a):
    l = [a]
    l.append(l)
    return f1895(l)
def f1895(a):
    l = [a]
    l.append(l)
    return f1896(l)
def f1896(a):
    l = [a]
    l.append(l)
    return f1897(l)
def f1897(a):
    l = [a]
    l.append(l)
    return f1898(l)
def f1898(a):
    l = [a]
    l.append(l)
    return f1899(l)
def f1899(a):
    l = [a]
    l.append(l)
    return f1900(l)
def f1900(a):
    l = [a]
    l.append(l)
    return f1901(l)
def f1901(a):
    l = [a]
    l.append(l)
    return f1902(l)
def f1902(a):
    l = [a]
    l.append(l)
    return f1903(l)
def f1903(a):
    l = [a]
    l.append(l)
    return f1904(l)
def f1904(a):
    l = [a]
    l.append(l)
    return f1905(l)
def f1905(a):
    l = [a]
    l.append(l)
    return f1906(l)
def f1906(a):
    l = [a]
    l.append(l)
    return f1907(l)
def f1907(a):
    l = [a]
    l.append(l)
    return f1908(l)
def f1908(a):
    l = [a]
    l.append(l)
    return f1909(l)
def f1909(a):
    l = [a]
    l.append(l)
    return f1910(l)
def f1910(a):
    l = [a]
    l.append(l)
    return f1911(l)
def f1911(a):
    l = [a]
    l.append(l)
    return f1912(l)
def f1912(a):
    l = [a]
    l.append(l)
    return f1913(l)
def f1913(a):
    l = [a]
    l.append(l)
    return f1914(l)
def f1914(a):
    l = [a]
    l.append(l)
    return f1915(l)
def f1915(a):
    l = [a]
    l.append(l)
    return f1916(l)
def f1916(a):
    l = [a]
    l.append(l)
    return f1917(l)
def f1917(a):
    l = [a]
    l.append(l)
    return f1918(l)
def f1918(a):
    l = [a]
    l.append(l)
    return f1919(l)
def f1919(a):
    l = [a]
    l.append(l)
    return f1920(l)
def f1920(a):
    l = [a]
    l.append(l)
    return f1921(l)
def f1921(a):
    l = [a]
    l.append(l)
    return f1922(l)
def f1922(a):
    l = [a]
    l.append(l)
    return f1923(l)
def f1923(a):
    l = [a]
    l.append(l)
    return f1924(l)
def f1924(a):
    l = [a]
    l.append(l)
    return f1925(l)
def f1925(a):
    l = [a]
    l.append(l)
    return f1926(l)
def f1926(a):
    l = [a]
    l.append(l)
    return f1927(l)
def f1927(a):
    l = [a]
    l.append(l)
    return f1928(l)
def f1928(a):
    l = [a]
    l.append(l)
    return f1929(l)
def f1929(a):
    l = [a]
    l.append(l)
    return f1930(l)
def f1930(a):
    l = [a]
    l.append(l)
    return f1931(l)
def f1931(a):
    l = [a]
    l.append(l)
    return f1932(l)
def f1932(a):
    l = [a]
    l.append(l)
    return f1933(l)
def f1933(a):
    l = [a]
    l.append(l)
    return f1934(l)
def f1934(a):
    l = [a]
    l.append(l)
    return f1935(l)
def f1935(a):
    l = [a]
    l.append(l)
    return f1936(l)
def f1936(a):
    l = [a]
    l.append(l)
    return f1937(l)
def f1937(a):
    l = [a]
    l.append(l)
    return f1938(l)
def f1938(a):
    l = [a]
    l.append(l)
    return f1939(l)
def f1939(a):
    l = [a]
    l.append(l)
    return f1940(l)
def f1940(a):
    l = [a]
    l.append(l)
    return f1941(l)
def f1941(a):
    l = [a]
    l.append(l)
    return f1942(l)
def f1942(a):
    l = [a]
    l.append(l)
    return f1943(l)
def f1943(a):
    l = [a]
    l.append(l)
    return f1944(l)
def f1944(a):
    l = [a]
    l.append(l)
    return f1945(l)
def f1945(a):
    l = [a]
    l.append(l)
    return f1946(l)
def f1946(a):
    l = [a]
    l.append(l)
    return f1947(l)
def f1947(a):
    l = [a]
    l.append(l)
    return f1948(l)
def f1948(a):
    l = [a]
    l.append(l)
    return f1949(l)
def f1949(a):
    l = [a]
    l.append(l)
    return f1950(l)
def f1950(a):
    l = [a]
    l.append(l)
    return f1951(l)
def f1951(a):
    l = [a]
    l.append(l)
    return f1952(l)
def f1952(a):
    l = [a]
    l.append(l)
    return f1953(l)
def f1953(a):
    l = [a]
    l.append(l)
    return f1954(l)
def f1954(a):
    l = [a]
    l.append(l)
    return f1955(l)
def f1955(a):
    l = [a]
    l.append(l)
    return f1956(l)
def f1956(a):
    l = [a]
    l.append(l)
    return f1957(l)
def f1957(a):
    l = [a]
    l.append(l)
    return f1958(l)
def f1958(a):
    l = [a]
    l.append(l)
    return f1959(l)
def f1959(a):
    l = [a]
    l.append(l)
    return f1960(l)
def f1960(a):
    l = [a]
    l.append(l)
    return f1961(l)
def f1961(a):
    l = [a]
    l.append(l)
    return f1962(l)
def f1962(a):
    l = [a]
    l.append(l)
    return f1963(l)
def f1963(a):
    l = [a]
    l.append(l)
    return f1964(l)
def f1964(a):
    l = [a]
    l.append(l)
    return f1965(l)
def f1965(a):
    l = [a]
    l.append(l)
    return f1966(l)
def f1966(a):
    l = [a]
    l.append(l)
    return f1967(l)
def f1967(a):
    l = [a]
    l.append(l)
    return f1968(l)
def f1968(a):
    l = [a]
    l.append(l)
    return f1969(l)
def f1969(a):
    l = [a]
    l.append(l)
    return f1970(l)
def f1970(a):
    l = [a]
    l.append(l)
    return f1971(l)
def f1971(a):
    l = [a]
    l.append(l)
    return f1972(l)
def f1972(a):
    l = [a]
    l.append(l)
    return f1973(l)
def f1973(a):
    l = [a]
    l.append(l)
    return f1974(l)
def f1974(a):
    l = [a]
    l.append(l)
    return f1975(l)
def f1975(a):
    l = [a]
    l.append(l)
    return f1976(l)
def f1976(a):
    l = [a]
    l.append(l)
    return f1977(l)
def f1977(a):
    l = [a]
    l.append(l)
    return f1978(l)
def f1978(a):
    l = [a]
    l.append(l)
    return f1979(l)
def f1979(a):
    l = [a]
    l.append(l)
    return f1980(l)
def f1980(a):
    l = [a]
    l.append(l)
    return f1981(l)
def f1981(a):
    l = [a]
    l.append(l)
    return f1982(l)
def f1982(a):
    l = [a]
    l.append(l)
    return f1983(l)
def f1983(a):
    l = [a]
    l.append(l)
    return f1984(l)
def f1984(a):
    l = [a]
    l.append(l)
    return f1985(l)
def f1985(a):
    l = [a]
    l.append(l)
    return f1986(l)
def f1986(a):
    l = [a]
    l.append(l)
    return f1987(l)
def f1987(a):
    l = [a]
    l.append(l)
    return f1988(l)
def f1988(a):
    l = [a]
    l.append(l)
    return f1989(l)
def f1989(a):
    l = [a]
    l.append(l)
    return f1990(l)
def f1990(a):
    l = [a]
    l.append(l)
    return f1991(l)
def f1991(a):
    l = [a]
    l.append(l)
    return f1992(l)
def f1992(a):
    l = [a]
    l.append(l)
    return f1993(l)
def f1993(a):
    l = [a]
    l.append(l)
    return f1994(l)
def f1994(a):
    l = [a]
    l.append(l)
    return f1995(l)
def f1995(a):
    l = [a]
    l.append(l)
    return f1996(l)
def f1996(a):
    l = [a]
    l.append(l)
    return f1997(l)
def f1997(a):
    l = [a]
    l.append(l)
    return f1998(l)
def f1998(a):
    l = [a]
    l.append(l)
    return f1999(l)
def f1999(a):
    l = [a]
    l.append(l)
    return f2000(l)
def f2000(a):
    l = [a]
    l.append(l)
    return f2001(l)
def f2001(a):
    l = [a]
    l.append(l)
    return f2002(l)
def f2002(a):
    l = [a]
    l.append(l)
    return f2003(l)
def f2003(a):
    l = [a]
    l.append(l)
    return f2004(l)
def f2004(a):
    l = [a]
    l.append(l)
    return f2005(l)
def f2005(a):
    l = [a]
    l.append(l)
    return f2006(l)
def f2006(a):
    l = [a]
    l.append(l)
    return f2007(l)
def f2007(a):
    l = [a]
    l.append(l)
    return f2008(l)
def f2008(a):
    l = [a]
    l.append(l)
    return f2009(l)
def f2009(a):
    l = [a]
    l.append(l)
    return f2010(l)
def f2010(a):
    l = [a]
    l.append(l)
    return f2011(l)
def f2011(a):
    l = [a]
    l.append(l)
    return f2012(l)
def f2012(a):
    l = [a]
    l.append(l)
    return f2013(l)
def f2013(a):
    l = [a]
    l.append(l)
    return f2014(l)
def f2014(a):
    l = [a]
    l.append(l)
    return f2015(l)
def f2015(a):
    l = [a]
    l.append(l)
    return f2016(l)
def f2016(a):
    l = [a]
    l.append(l)
    return f2017(l)
def f2017(a):
    l = [a]
    l.append(l)
    return f2018(l)
def f2018(a):
    l = [a]
    l.append(l)
    return f2019(l)
def f2019(a):
    l = [a]
    l.append(l)
    return f2020(l)
def f2020(a):
    l = [a]
    l.append(l)
    return f2021(l)
def f2021(a):
    l = [a]
    l.append(l)
    return f2022(l)
def f2022(a):
    l = [a]
    l.append(l)
    return f2023(l)
def f2023(a):
    l = [a]
    l.append(l)
    return f2024(l)
def f2024(a):
    l = [a]
    l.append(l)
    return f2025(l)
def f2025(a):
    l = [a]
    l.append(l)
    return f2026(l)
def f2026(a):
    l = [a]
    l.append(l)
    return f2027(l)
def f2027(a):
    l = [a]
    l.append(l)
    return f2028(l)
def f2028(a):
    l = [a]
    l.append(l)
    return f2029(l)
def f2029(a):
    l = [a]
    l.append(l)
    return f2030(l)
def f2030(a):
    l = [a]
    l.append(l)
    return f2031(l)
def f2031(a):
    l = [a]
    l.append(l)
    return f2032(l)
def f2032(a):
    l = [a]
    l.append(l)
    return f2033(l)
def f2033(a):
    l = [a]
    l.append(l)
    return f2034(l)
def f2034(a):
    l = [a]
    l.append(l)
    return f2035(l)
def f2035(a):
    l = [a]
    l.append(l)
    return f2036(l)
def f2036(a):
    l = [a]
    l.append(l)
    return f2037(l)
def f2037(a):
    l = [a]
    l.append(l)
    return f2038(l)
def f2038(a):
    l = [a]
    l.append(l)
    return f2039(l)
def f2039(a):
    l = [a]
    l.append(l)
    return f2040(l)
def f2040(a):
    l = [a]
    l.append(l)
    return f2041(l)
def f2041(a):
    l = [a]
    l.append(l)
    return f2042(l)
def f2042(a):
    l = [a]
    l.append(l)
    return f2043(l)
def f2043(a):
    l = [a]
    l.append(l)
    return f2044(l)
def f2044(a):
    l = [a]
    l.append(l)
    return f2045(l)
def f2045(a):
    l = [a]
    l.append(l)
    return f2046(l)
def f2046(a):
    l = [a]
    l.append(l)
    return f2047(l)
def f2047(a):
    l = [a]
    l.append(l)
    return f2048(l)
def f2048(a):
    l = [a]
    l.append(l)
    return f2049(l)
def f2049(a):
    l = [a]
    l.append(l)
    return f2050(l)
def f2050(a):
    l = [a]
    l.append(l)
    return f2051(l)
def f2051(a):
    l = [a]
    l.append(l)
    return f2052(l)
def f2052(a):
    l = [a]
    l.append(l)
    return f2053(l)
def f2053(a):
    l = [a]
    l.append(l)
    return f2054(l)
def f2054(a):
    l = [a]
    l.append(l)
    return f2055(l)
def f2055(a):
    l = [a]
    l.append(l)
    return f2056(l)
def f2056(a):
    l = [a]
    l.append(l)
    return f2057(l)
def f2057(a):
    l = [a]
    l.append(l)
    return f2058(l)
def f2058(a):
    l = [a]
    l.append(l)
    return f2059(l)
def f2059(a):
    l = [a]
    l.append(l)
    return f2060(l)
def f2060(a):
    l = [a]
    l.append(l)
    return f2061(l)
def f2061(a):
    l = [a]
    l.append(l)
    return f2062(l)
def f2062(a):
    l = [a]
    l.append(l)
    return f2063(l)
def f2063(a):
    l = [a]
    l.append(l)
    return f2064(l)
def f2064(a):
    l = [a]
    l.append(l)
    return f2065(l)
def f2065(a):
    l = [a]
    l.append(l)
    return f2066(l)
def f2066(a):
    l = [a]
    l.append(l)
    return f2067(l)
def f2067(a):
    l = [a]
    l.append(l)
    return f2068(l)
def f2068(a):
    l = [a]
    l.append(l)
    return f2069(l)
def f2069(a):
    l = [a]
    l.append(l)
    return f2070(l)
def f2070(a):
    l = [a]
    l.append(l)
    return f2071(l)
def f2071(a):
    l = [a]
    l.append(l)
    return f2072(l)
def f2072(a):
    l = [a]
    l.append(l)
    return f2073(l)
def f2073(a):
    l = [a]
    l.append(l)
    return f2074(l)
def f2074(a):
    l = [a]
    l.append(l)
    return f2075(l)
def f2075(a):
    l = [a]
    l.append(l)
    return f2076(l)
def f2076(a):
    l = [a]
    l.append(l)
    return f2077(l)
def f2077(a):
    l = [a]
    l.append(l)
    return f2078(l)
def f2078(a):
    l = [a]
    l.append(l)
    return f2079(l)
def f2079(a):
    l = [a]
    l.append(l)
    return f2080(l)
def f2080(a):
    l = [a]
    l.append(l)
    return f2081(l)
def f2081(a):
    l = [a]
    l.append(l)
    return f2082(l)
def f2082(a):
    l = [a]
    l.append(l)
    return f2083(l)
def f2083(a):
    l = [a]
    l.append(l)
    return f2084(l)
def f2084(a):
    l = [a]
    l.append(l)
    return f2085(l)
def f2085(a):
    l = [a]
    l.append(l)
    return f2086(l)
def f2086(a):
    l = [a]
    l.append(l)
    return f2087(l)
def f2087(a):
    l = [a]
    l.append(l)
    return f2088(l)
def f2088(a):
    l = [a]
    l.append(l)
    return f2089(l)
def f2089(a):
    l = [a]
    l.append(l)
    return f2090(l)
def f2090(a):
    l = [a]
    l.append(l)
    return f2091(l)
def f2091(a):
    l = [a]
    l.append(l)
    return f2092(l)
def f2092(a):
    l = [a]
    l.append(l)
    return f2093(l)
def f2093(a):
    l = [a]
    l.append(l)
    return f2094(l)
def f2094(a):
    l = [a]
    l.append(l)
    return f2095(l)
def f2095(a):
    l = [a]
    l.append(l)
    return f2096(l)
def f2096(a):
    l = [a]
    l.append(l)
    return f2097(l)
def f2097(a):
    l = [a]
    l.append(l)
    return f2098(l)
def f2098(a):
    l = [a]
    l.append(l)
    return f2099(l)
def f2099(a):
    l = [a]
    l.append(l)
    return f2100(l)
def f2100(a):
    l = [a]
    l.append(l)
    return f2101(l)
def f2101(a):
    l = [a]
    l.append(l)
    return f2102(l)
def f2102(a):
    l = [a]
    l.append(l)
    return f2103(l)
def f2103(a):
    l = [a]
    l.append(l)
    return f2104(l)
def f2104(a):
    l = [a]
    l.append(l)
    return f2105(l)
def f2105(a):
    l = [a]
    l.append(l)
    return f2106(l)
def f2106(a):
    l = [a]
    l.append(l)
    return f2107(l)
def f2107(a):
    l = [a]
    l.append(l)
    return f2108(l)
def f2108(a):
    l = [a]
    l.append(l)
    return f2109(l)
def f2109(a):
    l = [a]
    l.append(l)
    return f2110(l)
def f2110(a):
    l = [a]
    l.append(l)
    return f2111(l)
def f2111(a):
    l = [a]
    l.append(l)
    return f2112(l)
def f2112(a):
    l = [a]
    l.append(l)
    return f2113(l)
def f2113(a):
    l = [a]
    l.append(l)
    return f2114(l)
def f2114(a):
    l = [a]
    l.append(l)
    return f2115(l)
def f2115(a):
    l = [a]
    l.append(l)
    return f2116(l)
def f2116(a):
    l = [a]
    l.append(l)
    return f2117(l)
def f2117(a):
    l = [a]
    l.append(l)
    return f2118(l)
def f2118(a):
    l = [a]
    l.append(l)
    return f2119(l)
def f2119(a):
    l = [a]
    l.append(l)
    return f2120(l)
def f2120(a):
    l = [a]
    l.append(l)
    return f2121(l)
def f2121(a):
    l = [a]
    l.append(l)
    return f2122(l)
def f2122(a):
    l = [a]
    l.append(l)
    return f2123(l)
def f2123(a):
    l = [a]
    l.append(l)
    return f2124(l)
def f2124(a):
    l = [a]
    l.append(l)
    return f2125(l)
def f2125(a):
    l = [a]
    l.append(l)
    return f2126(l)
def f2126(a):
    l = [a]
    l.append(l)
    return f2127(l)
def f2127(a):
    l = [a]
    l.append(l)
    return f2128(l)
def f2128(a):
    l = [a]
    l.append(l)
    return f2129(l)
def f2129(a):
    l = [a]
    l.append(l)
    return f2130(l)
def f2130(a):
    l = [a]
    l.append(l)
    return f2131(l)
def f2131(a):
    l = [a]
    l.append(l)
    return f2132(l)
def f2132(a):
    l = [a]
    l.append(l)
    return f2133(l)
def f2133(a):
    l = [a]
    l.append(l)
    return f2134(l)
def f2134(a):
    l = [a]
    l.append(l)
    return f2135(l)
def f2135(a):
    l = [a]
    l.append(l)
    return f2136(l)
def f2136(a):
    l = [a]
    l.append(l)
    return f2137(l)
def f2137(a):
    l = [a]
    l.append(l)
    return f2138(l)
def f2138(a):
    l = [a]
    l.append(l)
    return f2139(l)
def f2139(a):
    l = [a]
    l.append(l)
    return f2140(l)
def f2140(a):
    l = [a]
    l.append(l)
    return f2141(l)
def f2141(a):
    l = [a]
    l.append(l)
    return f2142(l)
def f2142(a):
    l = [a]
    l.append(l)
    return f2143(l)
def f2143(a):
    l = [a]
    l.append(l)
    return f2144(l)
def f2144(a):
    l = [a]
    l.append(l)
    return f2145(l)
def f2145(a):
    l = [a]
    l.append(l)
    return f2146(l)
def f2146(a):
    l = [a]
    l.append(l)
    return f2147(l)
def f2147(a):
    l = [a]
    l.append(l)
    return f2148(l)
def f2148(a):
    l = [a]
    l.append(l)
    return f2149(l)
def f2149(a):
    l = [a]
    l.append(l)
    return f2150(l)
def f2150(a):
    l = [a]
    l.append(l)
    return f2151(l)
def f2151(a):
    l = [a]
    l.append(l)
    return f2152(l)
def f2152(a):
    l = [a]
    l.append(l)
    return f2153(l)
def f2153(a):
    l = [a]
    l.append(l)
    return f2154(l)
def f2154(a):
    l = [a]
    l.append(l)
    return f2155(l)
def f2155(a):
    l = [a]
    l.append(l)
    return f2156(l)
def f2156(a):
    l = [a]
    l.append(l)
    return f2157(l)
def f2157(a):
    l = [a]
    l.append(l)
    return f2158(l)
def f2158(a):
    l = [a]
    l.append(l)
    return f2159(l)
def f2159(a):
    l = [a]
    l.append(l)
    return f2160(l)
def f2160(a):
    l = [a]
    l.append(l)
    return f2161(l)
def f2161(a):
    l = [a]
    l.append(l)
    return f2162(l)
def f2162(a):
    l = [a]
    l.append(l)
    return f2163(l)
def f2163(a):
    l = [a]
    l.append(l)
    return f2164(l)
def f2164(a):
    l = [a]
    l.append(l)
    return f2165(l)
def f2165(a):
    l = [a]
    l.append(l)
    return f2166(l)
def f2166(a):
    l = [a]
    l.append(l)
    return f2167(l)
def f2167(a):
    l = [a]
    l.append(l)
    return f2168(l)
def f2168(a):
    l = [a]
    l.append(l)
    return f2169(l)
def f2169(a):
    l = [a]
    l.append(l)
    return f2170(l)
def f2170(a):
    l = [a]
    l.append(l)
    return f2171(l)
def f2171(a):
    l = [a]
    l.append(l)
    return f2172(l)
def f2172(a):
    l = [a]
    l.append(l)
    return f2173(l)
def f2173(a):
    l = [a]
    l.append(l)
    return f2174(l)
def f2174(a):
    l = [a]
    l.append(l)
    return f2175(l)
def f2175(a):
    l = [a]
    l.append(l)
    return f2176(l)
def f2176(a):
    l = [a]
    l.append(l)
    return f2177(l)
def f2177(a):
    l = [a]
    l.append(l)
    return f2178(l)
def f2178(a):
    l = [a]
    l.append(l)
    return f2179(l)
def f2179(a):
    l = [a]
    l.append(l)
    return f2180(l)
def f2180(a):
    l = [a]
    l.append(l)
    return f2181(l)
def f2181(a):
    l = [a]
    l.append(l)
    return f2182(l)
def f2182(a):
    l = [a]
    l.append(l)
    return f2183(l)
def f2183(a):
    l = [a]
    l.append(l)
    return f2184(l)
def f2184(a):
    l = [a]
    l.append(l)
    return f2185(l)
def f2185(a):
    l = [a]
    l.append(l)
    return f2186(l)
def f2186(a):
    l = [a]
    l.append(l)
    return f2187(l)
def f2187(a):
    l = [a]
    l.append(l)
    return f2188(l)
def f2188(a):
    l = [a]
    l.append(l)
    return f2189(l)
def f2189(a):
    l = [a]
    l.append(l)
    return f2190(l)
def f2190(a):
    l = [a]
    l.append(l)
    return f2191(l)
def f2191(a):
    l = [a]
    l.append(l)
    return f2192(l)
def f2192(a):
    l = [a]
    l.append(l)
    return f2193(l)
def f2193(a):
    l = [a]
    l.append(l)
    return f2194(l)
def f2194(a):
    l = [a]
    l.append(l)
    return f2195(l)
def f2195(a):
    l = [a]
    l.append(l)
    return f2196(l)
def f2196(a):
    l = [a]
    l.append(l)
    return f2197(l)
def f2197(a):
    l = [a]
    l.append(l)
    return f2198(l)
def f2198(a):
    l = [a]
    l.append(l)
    return f2199(l)
def f2199(a):
    l = [a]
    l.append(l)
    return f2200(l)
def f2200(a):
    l = [a]
    l.append(l)
    return f2201(l)
def f2201(a):
    l = [a]
    l.append(l)
    return f2202(l)
def f2202(a):
    l = [a]
    l.append(l)
    return f2203(l)
def f2203(a):
    l = [a]
    l.append(l)
    return f2204(l)
def f2204(a):
    l = [a]
    l.append(l)
    return f2205(l)
def f2205(a):
    l = [a]
    l.append(l)
    return f2206(l)
def f2206(a):
    l = [a]
    l.append(l)
    return f2207(l)
def f2207(a):
    l = [a]
    l.append(l)
    return f2208(l)
def f2208(a):
    l = [a]
    l.append(l)
    return f2209(l)
def f2209(a):
    l = [a]
    l.append(l)
    return f2210(l)
def f2210(a):
    l = [a]
    l.append(l)
    return f2211(l)
def f2211(a):
    l = [a]
    l.append(l)
    return f2212(l)
def f2212(a):
    l = [a]
    l.append(l)
    return f2213(l)
def f2213(a):
    l = [a]
    l.append(l)
    return f2214(l)
def f2214(a):
    l = [a]
    l.append(l)
    return f2215(l)
def f2215(a):
    l = [a]
    l.append(l)
    return f2216(l)
def f2216(a):
    l = [a]
    l.append(l)
    return f2217(l)
def f2217(a):
    l = [a]
    l.append(l)
    return f2218(l)
def f2218(a):
    l = [a]
    l.append(l)
    return f2219(l)
def f2219(a):
    l = [a]
    l.append(l)
    return f2220(l)
def f2220(a):
    l = [a]
    l.append(l)
    return f2221(l)
def f2221(a):
    l = [a]
    l.append(l)
    return f2222(l)
def f2222(a):
    l = [a]
    l.append(l)
    return f2223(l)
def f2223(a):
    l = [a]
    l.append(l)
    return f2224(l)
def f2224(a):
    l = [a]
    l.append(l)
    return f2225(l)
def f2225(a):
    l = [a]
    l.append(l)
    return f2226(l)
def f2226(a):
    l = [a]
    l.append(l)
    return f2227(l)
def f2227(a):
    l = [a]
    l.append(l)
    return f2228(l)
def f2228(a):
    l = [a]
    l.append(l)
    return f2229(l)
def f2229(a):
    l = [a]
    l.append(l)
    return f2230(l)
def f2230(a):
    l = [a]
    l.append(l)
    return f2231(l)
def f2231(a):
    l = [a]
    l.append(l)
    return f2232(l)
def f2232(a):
    l = [a]
    l.append(l)
    return f2233(l)
def f2233(a):
    l = [a]
    l.append(l)
    return f2234(l)
def f2234(a):
    l = [a]
    l.append(l)
    return f2235(l)
def f2235(a):
    l = [a]
    l.append(l)
    return f2236(l)
def f2236(a):
    l = [a]
    l.append(l)
    return f2237(l)
def f2237(a):
    l = [a]
    l.append(l)
    return f2238(l)
def f2238(a):
    l = [a]
    l.append(l)
    return f2239(l)
def f2239(a):
    l = [a]
    l.append(l)
    return f2240(l)
def f2240(a):
    l = [a]
    l.append(l)
    return f2241(l)
def f2241(a):
    l = [a]
    l.append(l)
    return f2242(l)
def f2242(a):
    l = [a]
    l.append(l)
    return f2243(l)
def f2243(a):
    l = [a]
    l.append(l)
    return f2244(l)
def f2244(a):
    l = [a]
    l.append(l)
    return f2245(l)
def f2245(a):
    l = [a]
    l.append(l)
    return f2246(l)
def f2246(a):
    l = [a]
    l.append(l)
    return f2247(l)
def f2247(a):
    l = [a]
    l.append(l)
    return f2248(l)
def f2248(a):
    l = [a]
    l.append(l)
    return f2249(l)
def f2249(a):
    l = [a]
    l.append(l)
    return f2250(l)
def f2250(a):
    l = [a]
    l.append(l)
    return f2251(l)
def f2251(a):
    l = [a]
    l.append(l)
    return f2252(l)
def f2252(a):
    l = [a]
    l.append(l)
    return f2253(l)
def f2253(a):
    l = [a]
    l.append(l)
    return f2254(l)
def f2254(a):
    l = [a]
    l.append(l)
    return f2255(l)
def f2255(a):
    l = [a]
    l.append(l)
    return f2256(l)
def f2256(a):
    l = [a]
    l.append(l)
    return f2257(l)
def f2257(a):
    l = [a]
    l.append(l)
    return f2258(l)
def f2258(a):
    l = [a]
    l.append(l)
    return f2259(l)
def f2259(a):
    l = [a]
    l.append(l)
    return f2260(l)
def f2260(a):
    l = [a]
    l.append(l)
    return f2261(l)
def f2261(a):
    l = [a]
    l.append(l)
    return f2262(l)
def f2262(a):
    l = [a]
    l.append(l)
    return f2263(l)
def f2263(a):
    l = [a]
    l.append(l)
    return f2264(l)
def f2264(a):
    l = [a]
    l.append(l)
    return f2265(l)
def f2265(a):
    l = [a]
    l.append(l)
    return f2266(l)
def f2266(a):
    l = [a]
    l.append(l)
    return f2267(l)
def f2267(a):
    l = [a]
    l.append(l)
    return f2268(l)
def f2268(a):
    l = [a]
    l.append(l)
    return f2269(l)
def f2269(a):
    l = [a]
    l.append(l)
    return f2270(l)
def f2270(a):
    l = [a]
    l.append(l)
    return f2271(l)
def f2271(a):
    l = [a]
    l.append(l)
    return f2272(l)
def f2272(a):
    l = [a]
    l.append(l)
    return f2273(l)
def f2273(a):
    l = [a]
    l.append(l)
    return f2274(l)
def f2274(a):
    l = [a]
    l.append(l)
    return f2275(l)
def f2275(a):
    l = [a]
    l.append(l)
    return f2276(l)
def f2276(a):
    l = [a]
    l.append(l)
    return f2277(l)
def f2277(a):
    l = [a]
    l.append(l)
    return f2278(l)
def f2278(a):
    l = [a]
    l.append(l)
    return f2279(l)
def f2279(a):
    l = [a]
    l.append(l)
    return f2280(l)
def f2280(a):
    l = [a]
    l.append(l)
    return f2281(l)
def f2281(a):
    l = [a]
    l.append(l)
    return f2282(l)
def f2282(a):
    l = [a]
    l.append(l)
    return f2283(l)
def f2283(a):
    l = [a]
    l.append(l)
    return f2284(l)
def f2284(a):
    l = [a]
    l.append(l)
    return f2285(l)
def f2285(a):
    l = [a]
    l.append(l)
    return f2286(l)
def f2286(a):
    l = [a]
    l.append(l)
    return f2287(l)
def f2287(a):
    l = [a]
    l.append(l)
    return f2288(l)
def f2288(a):
    l = [a]
    l.append(l)
    return f2289(l)
def f2289(a):
    l = [a]
    l.append(l)
    return f2290(l)
def f2290(a):
    l = [a]
    l.append(l)
    return f2291(l)
def f2291(a):
    l = [a]
    l.append(l)
    return f2292(l)
def f2292(a):
    l = [a]
    l.append(l)
    return f2293(l)
def f2293(a):
    l = [a]
    l.append(l)
    return f2294(l)
def f2294(a):
    l = [a]
    l.append(l)
    return f2295(l)
def f2295(a):
    l = [a]
    l.append(l)
    return f2296(l)
def f2296(a):
    l = [a]
    l.append(l)
    return f2297(l)
def f2297(a):
    l = [a]
    l.append(l)
    return f2298(l)
def f2298(a):
    l = [a]
    l.append(l)
    return f2299(l)
def f2299(a):
    l = [a]
    l.append(l)
    return f2300(l)
def f2300(a):
    l = [a]
    l.append(l)
    return f2301(l)
def f2301(a):
    l = [a]
    l.append(l)
    return f2302(l)
def f2302(a):
    l = [a]
    l.append(l)
    return f2303(l)
def f2303(a):
    l = [a]
    l.append(l)
    return f2304(l)
def f2304(a):
    l = [a]
    l.append(l)
    return f2305(l)
def f2305(a):
    l = [a]
    l.append(l)
    return f2306(l)
def f2306(a):
    l = [a]
    l.append(l)
    return f2307(l)
def f2307(a):
    l = [a]
    l.append(l)
    return f2308(l)
def f2308(a):
    l = [a]
    l.append(l)
    return f2309(l)
def f2309(a):
    l = [a]
    l.append(l)
    return f2310(l)
def f2310(a):
    l = [a]
    l.append(l)
    return f2311(l)
def f2311(a):
    l = [a]
    l.append(l)
    return f2312(l)
def f2312(a):
    l = [a]
    l.append(l)
    return f2313(l)
def f2313(a):
    l = [a]
    l.append(l)
    return f2314(l)
def f2314(a):
    l = [a]
    l.append(l)
    return f2315(l)
def f2315(a):
    l = [a]
    l.append(l)
    return f2316(l)
def f2316(a):
    l = [a]
    l.append(l)
    return f2317(l)
def f2317(a):
    l = [a]
    l.append(l)
    return f2318(l)
def f2318(a):
    l = [a]
    l.append(l)
    return f2319(l)
def f2319(a):
    l = [a]
    l.append(l)
    return f2320(l)
def f2320(a):
    l = [a]
    l.append(l)
    return f2321(l)
def f2321(a):
    l = [a]
    l.append(l)
    return f2322(l)
def f2322(a):
    l = [a]
    l.append(l)
    return f2323(l)
def f2323(a):
    l = [a]
    l.append(l)
    return f2324(l)
def f2324(a):
    l = [a]
    l.append(l)
    return f2325(l)
def f2325(a):
    l = [a]
    l.append(l)
    return f2326(l)
def f2326(a):
    l = [a]
    l.append(l)
    return f2327(l)
def f2327(a):
    l = [a]
    l.append(l)
    return f2328(l)
def f2328(a):
    l = [a]
    l.append(l)
    return f2329(l)
def f2329(a):
    l = [a]
    l.append(l)
    return f2330(l)
def f2330(a):
    l = [a]
    l.append(l)
    return f2331(l)
def f2331(a):
    l = [a]
    l.append(l)
    return f2332(l)
def f2332(a):
    l = [a]
    l.append(l)
    return f2333(l)
def f2333(a):
    l = [a]
    l.append(l)
    return f2334(l)
def f2334(a):
    l = [a]
    l.append(l)
    return f2335(l)
def f2335(a):
    l = [a]
    l.append(l)
    return f2336(l)
def f2336(a):
    l = [a]
    l.append(l)
    return f2337(l)
def f2337(a):
    l = [a]
    l.append(l)
    return f2338(l)
def f2338(a):
    l = [a]
    l.append(l)
    return f2339(l)
def f2339(a):
    l = [a]
    l.append(l)
    return f2340(l)
def f2340(a):
    l = [a]
    l.append(l)
    return f2341(l)
def f2341(a):
    l = [a]
    l.append(l)
    return f2342(l)
def f2342(a):
    l = [a]
    l.append(l)
    return f2343(l)
def f2343(a):
    l = [a]
    l.append(l)
    return f2344(l)
def f2344(a):
    l = [a]
    l.append(l)
    return f2345(l)
def f2345(a):
    l = [a]
    l.append(l)
    return f2346(l)
def f2346(a):
    l = [a]
    l.append(l)
    return f2347(l)
def f2347(a):
    l = [a]
    l.append(l)
    return f2348(l)
def f2348(a):
    l = [a]
    l.append(l)
    return f2349(l)
def f2349(a):
    l = [a]
    l.append(l)
    return f2350(l)
def f2350(a):
    l = [a]
    l.append(l)
    return f2351(l)
def f2351(a):
    l = [a]
    l.append(l)
    return f2352(l)
def f2352(a):
    l = [a]
    l.append(l)
    return f2353(l)
def f2353(a):
    l = [a]
    l.append(l)
    return f2354(l)
def f2354(a):
    l = [a]
    l.append(l)
    return f2355(l)
def f2355(a):
    l = [a]
    l.append(l)
    return f2356(l)
def f2356(a):
    l = [a]
    l.append(l)
    return f2357(l)
def f2357(a):
    l = [a]
    l.append(l)
    return f2358(l)
def f2358(a):
    l = [a]
    l.append(l)
    return f2359(l)
def f2359(a):
    l = [a]
    l.append(l)
    return f2360(l)
def f2360(a):
    l = [a]
    l.append(l)
    return f2361(l)
def f2361(a):
    l = [a]
    l.append(l)
    return f2362(l)
def f2362(a):
    l = [a]
    l.append(l)
    return f2363(l)
def f2363(a):
    l = [a]
    l.append(l)
    return f2364(l)
def f2364(a):
    l = [a]
    l.append(l)
    return f2365(l)
def f2365(a):
    l = [a]
    l.append(l)
    return f2366(l)
def f2366(a):
    l = [a]
    l.append(l)
    return f2367(l)
def f2367(a):
    l = [a]
    l.append(l)
    return f2368(l)
def f2368(a):
    l = [a]
    l.append(l)
    return f2369(l)
def f2369(a):
    l = [a]
    l.append(l)
    return f2370(l)
def f2370(a):
    l = [a]
    l.append(l)
    return f2371(l)
def f2371(a):
    l = [a]
    l.append(l)
    return f2372(l)
def f2372(a):
    l = [a]
    l.append(l)
    return f2373(l)
def f2373(a):
    l = [a]
    l.append(l)
    return f2374(l)
def f2374(a):
    l = [a]
    l.append(l)
    return f2375(l)
def f2375(a):
    l = [a]
    l.append(l)
    return f2376(l)
def f2376(a):
    l = [a]
    l.append(l)
    return f2377(l)
def f2377(a):
    l = [a]
    l.append(l)
    return f2378(l)
def f2378(a):
    l = [a]
    l.append(l)
    return f2379(l)
def f2379(a):
    l = [a]
    l.append(l)
    return f2380(l)
def f2380(a):
    l = [a]
    l.append(l)
    return f2381(l)
def f2381(a):
    l = [a]
    l.append(l)
    return f2382(l)
def f2382(a):
    l = [a]
    l.append(l)
    return f2383(l)
def f2383(a):
    l = [a]
    l.append(l)
    return f2384(l)
def f2384(a):
    l = [a]
    l.append(l)
    return f2385(l)
def f2385(a):
    l = [a]
    l.append(l)
    return f2386(l)
def f2386(a):
    l = [a]
    l.append(l)
    return f2387(l)
def f2387(a):
    l = [a]
    l.append(l)
    return f2388(l)
def f2388(a):
    l = [a]
    l.append(l)
    return f2389(l)
def f2389(a):
    l = [a]
    l.append(l)
    return f2390(l)
def f2390(a):
    l = [a]
    l.append(l)
    return f2391(l)
def f2391(a):
    l = [a]
    l.append(l)
    return f2392(l)
def f2392(a):
    l = [a]
    l.append(l)
    return f2393(l)
def f2393(a):
    l = [a]
    l.append(l)
    return f2394(l)
def f2394(a):
    l = [a]
    l.append(l)
    return f2395(l)
def f2395(a):
    l = [a]
    l.append(l)
    return f2396(l)
def f2396(a):
    l = [a]
    l.append(l)
    return f2397(l)
def f2397(a):
    l = [a]
    l.append(l)
    return f2398(l)
def f2398(a):
    l = [a]
    l.append(l)
    return f2399(l)
def f2399(a):
    l = [a]
    l.append(l)
    return f2400(l)
def f2400(a):
    l = [a]
    l.append(l)
    return f2401(l)
def f2401(a):
    l = [a]
    l.append(l)
    return f2402(l)
def f2402(a):
    l = [a]
    l.append(l)
    return f2403(l)
def f2403(a):
    l = [a]
    l.append(l)
    return f2404(l)
def f2404(a):
    l = [a]
    l.append(l)
    return f2405(l)
def f2405(a):
    l = [a]
    l.append(l)
    return f2406(l)
def f2406(a):
    l = [a]
    l.append(l)
    return f2407(l)
def f2407(a):
    l = [a]
    l.append(l)
    return f2408(l)
def f2408(a):
    l = [a]
    l.append(l)
    return f2409(l)
def f2409(a):
    l = [a]
    l.append(l)
    return f2410(l)
def f2410(a):
    l = [a]
    l.append(l)
    return f2411(l)
def f2411(a):
    l = [a]
    l.append(l)
    return f2412(l)
def f2412(a):
    l = [a]
    l.append(l)
    return f2413(l)
def f2413(a):
    l = [a]
    l.append(l)
    return f2414(l)
def f2414(a):
    l = [a]
    l.append(l)
    return f2415(l)
def f2415(a):
    l = [a]
    l.append(l)
    return f2416(l)
def f2416(a):
    l = [a]
    l.append(l)
    return f2417(l)
def f2417(a):
    l = [a]
    l.append(l)
    return f2418(l)
def f2418(a):
    l = [a]
    l.append(l)
    return f2419(l)
def f2419(a):
    l = [a]
    l.append(l)
    return f2420(l)
def f2420(a):
    l = [a]
    l.append(l)
    return f2421(l)
def f2421(a):
    l = [a]
    l.append(l)
    return f2422(l)
def f2422(a):
    l = [a]
    l.append(l)
    return f2423(l)
def f2423(a):
    l = [a]
    l.append(l)
    return f2424(l)
def f2424(a):
    l = [a]
    l.append(l)
    return f2425(l)
def f2425(a):
    l = [a]
    l.append(l)
    return f2426(l)
def f2426(a):
    l = [a]
    l.append(l)
    return f2427(l)
def f2427(a):
    l = [a]
    l.append(l)
    return f2428(l)
def f2428(a):
    l = [a]
    l.append(l)
    return f2429(l)
def f2429(a):
    l = [a]
    l.append(l)
    return f2430(l)
def f2430(a):
    l = [a]
    l.append(l)
    return f2431(l)
def f2431(a):
    l = [a]
    l.append(l)
    return f2432(l)
def f2432(a):
    l = [a]
    l.append(l)
    return f2433(l)
def f2433(a):
    l = [a]
    l.append(l)
    return f2434(l)
def f2434(a):
    l = [a]
    l.append(l)
    return f2435(l)
def f2435(a):
    l = [a]
    l.append(l)
    return f2436(l)
def f2436(a):
    l = [a]
    l.append(l)
    return f2437(l)
def f2437(a):
    l = [a]
    l.append(l)
    return f2438(l)
def f2438(a):
    l = [a]
    l.append(l)
    return f2439(l)
def f2439(a):
    l = [a]
    l.append(l)
    return f2440(l)
def f2440(a):
    l = [a]
    l.append(l)
    return f2441(l)
def f2441(a):
    l = [a]
    l.append(l)
    return f2442(l)
def f2442(a):
    l = [a]
    l.append(l)
    return f2443(l)
def f2443(a):
    l = [a]
    l.append(l)
    return f2444(l)
def f2444(a):
    l = [a]
    l.append(l)
    return f2445(l)
def f2445(a):
    l = [a]
    l.append(l)
    return f2446(l)
def f2446(a):
    l = [a]
    l.append(l)
    return f2447(l)
def f2447(a):
    l = [a]
    l.append(l)
    return f2448(l)
def f2448(a):
    l = [a]
    l.append(l)
    return f2449(l)
def f2449(a):
    l = [a]
    l.append(l)
    return f2450(l)
def f2450(a):
    l = [a]
    l.append(l)
    return f2451(l)
def f2451(a):
    l = [a]
    l.append(l)
    return f2452(l)
def f2452(a):
    l = [a]
    l.append(l)
    return f2453(l)
def f2453(a):
    l = [a]
    l.append(l)
    return f2454(l)
def f2454(a):
    l = [a]
    l.append(l)
    return f2455(l)
def f2455(a):
    l = [a]
    l.append(l)
    return f2456(l)
def f2456(a):
    l = [a]
    l.append(l)
    return f2457(l)
def f2457(a):
    l = [a]
    l.append(l)
    return f2458(l)
def f2458(a):
    l = [a]
    l.append(l)
    return f2459(l)
def f2459(a):
    l = [a]
    l.append(l)
    return f2460(l)
def f2460(a):
    l = [a]
    l.append(l)
    return f2461(l)
def f2461(a):
    l = [a]
    l.append(l)
    return f2462(l)
def f2462(a):
    l = [a]
    l.append(l)
    return f2463(l)
def f2463(a):
    l = [a]
    l.append(l)
    return f2464(l)
def f2464(a):
    l = [a]
    l.append(l)
    return f2465(l)
def f2465(a):
    l = [a]
    l.append(l)
    return f2466(l)
def f2466(a):
    l = [a]
    l.append(l)
    return f2467(l)
def f2467(a):
    l = [a]
    l.append(l)
    return f2468(l)
def f2468(a):
    l = [a]
    l.append(l)
    return f2469(l)
def f2469(a):
    l = [a]
    l.append(l)
    return f2470(l)
def f2470(a):
    l = [a]
    l.append(l)
    return f2471(l)
def f2471(a):
    l = [a]
    l.append(l)
    return f2472(l)
def f2472(a):
    l = [a]
    l.append(l)
    return f2473(l)
def f2473(a):
    l = [a]
    l.append(l)
    return f2474(l)
def f2474(a):
    l = [a]
    l.append(l)
    return f2475(l)
def f2475(a):
    l = [a]
    l.append(l)
    return f2476(l)
def f2476(a):
    l = [a]
    l.append(l)
    return f2477(l)
def f2477(a):
    l = [a]
    l.append(l)
    return f2478(l)
def f2478(a):
    l = [a]
    l.append(l)
    return f2479(l)
def f2479(a):
    l = [a]
    l.append(l)
    return f2480(l)
def f2480(a):
    l = [a]
    l.append(l)
    return f2481(l)
def f2481(a):
    l = [a]
    l.append(l)
    return f2482(l)
def f2482(a):
    l = [a]
    l.append(l)
    return f2483(l)
def f2483(a):
    l = [a]
    l.append(l)
    return f2484(l)
def f2484(a):
    l = [a]
    l.append(l)
    return f2485(l)
def f2485(a):
    l = [a]
    l.append(l)
    return f2486(l)
def f2486(a):
    l = [a]
    l.append(l)
    return f2487(l)
def f2487(a):
    l = [a]
    l.append(l)
    return f2488(l)
def f2488(a):
    l = [a]
    l.append(l)
    return f2489(l)
def f2489(a):
    l = [a]
    l.append(l)
    return f2490(l)
def f2490(a):
    l = [a]
    l.append(l)
    return f2491(l)
def f2491(a):
    l = [a]
    l.append(l)
    return f2492(l)
def f2492(a):
    l = [a]
    l.append(l)
    return f2493(l)
def f2493(a):
    l = [a]
    l.append(l)
    return f2494(l)
def f2494(a):
    l = [a]
    l.append(l)
    return f2495(l)
def f2495(a):
    l = [a]
    l.append(l)
    return f2496(l)
def f2496(a):
    l = [a]
    l.append(l)
    return f2497(l)
def f2497(a):
    l = [a]
    l.append(l)
    return f2498(l)
def f2498(a):
    l = [a]
    l.append(l)
    return f2499(l)
def f2499(a):
    l = [a]
    l.append(l)
    return f2500(l)
def f2500(a):
    l = [a]
    l.append(l)
    return f2501(l)
def f2501(a):
    l = [a]
    l.append(l)
    return f2502(l)
def f2502(a):
    l = [a]
    l.append(l)
    return f2503(l)
def f2503(a):
    l = [a]
    l.append(l)
    return f2504(l)
def f2504(a):
    l = [a]
    l.append(l)
    return f2505(l)
def f2505(a):
    l = [a]
    l.append(l)
    return f2506(l)
def f2506(a):
    l = [a]
    l.append(l)
    return f2507(l)
def f2507(a):
    l = [a]
    l.append(l)
    return f2508(l)
def f2508(a):
    l = [a]
    l.append(l)
    return f2509(l)
def f2509(a):
    l = [a]
    l.append(l)
    return f2510(l)
def f2510(a):
    l = [a]
    l.append(l)
    return f2511(l)
def f2511(a):
    l = [a]
    l.append(l)
    return f2512(l)
def f2512(a):
    l = [a]
    l.append(l)
    return f2513(l)
def f2513(a):
    l = [a]
    l.append(l)
    return f2514(l)
def f2514(a):
    l = [a]
    l.append(l)
    return f2515(l)
def f2515(a):
    l = [a]
    l.append(l)
    return f2516(l)
def f2516(a):
    l = [a]
    l.append(l)
    return f2517(l)
def f2517(a):
    l = [a]
    l.append(l)
    return f2518(l)
def f2518(a):
    l = [a]
    l.append(l)
    return f2519(l)
def f2519(a):
    l = [a]
    l.append(l)
    return f2520(l)
def f2520(a):
    l = [a]
    l.append(l)
    return f2521(l)
def f2521(a):
    l = [a]
    l.append(l)
    return f2522(l)
def f2522(a):
    l = [a]
    l.append(l)
    return f2523(l)
def f2523(a):
    l = [a]
    l.append(l)
    return f2524(l)
def f2524(a):
    l = [a]
    l.append(l)
    return f2525(l)
def f2525(a):
    l = [a]
    l.append(l)
    return f2526(l)
def f2526(a):
    l = [a]
    l.append(l)
    return f2527(l)
def f2527(a):
    l = [a]
    l.append(l)
    return f2528(l)
def f2528(a):
    l = [a]
    l.append(l)
    return f2529(l)
def f2529(a):
    l = [a]
    l.append(l)
    return f2530(l)
def f2530(a):
    l = [a]
    l.append(l)
    return f2531(l)
def f2531(a):
    l = [a]
    l.append(l)
    return f2532(l)
def f2532(a):
    l = [a]
    l.append(l)
    return f2533(l)
def f2533(a):
    l = [a]
    l.append(l)
    return f2534(l)
def f2534(a):
    l = [a]
    l.append(l)
    return f2535(l)
def f2535(a):
    l = [a]
    l.append(l)
    return f2536(l)
def f2536(a):
    l = [a]
    l.append(l)
    return f2537(l)
def f2537(a):
    l = [a]
    l.append(l)
    return f2538(l)
def f2538(a):
    l = [a]
    l.append(l)
    return f2539(l)
def f2539(a):
    l = [a]
    l.append(l)
    return f2540(l)
def f2540(a):
    l = [a]
    l.append(l)
    return f2541(l)
def f2541(a):
    l = [a]
    l.append(l)
    return f2542(l)
def f2542(a):
    l = [a]
    l.append(l)
    return f2543(l)
def f2543(a):
    l = [a]
    l.append(l)
    return f2544(l)
def f2544(a):
    l = [a]
    l.append(l)
    return f2545(l)
def f2545(a):
    l = [a]
    l.append(l)
    return f2546(l)
def f2546(a):
    l = [a]
    l.append(l)
    return f2547(l)
def f2547(a):
    l = [a]
    l.append(l)
    return f2548(l)
def f2548(a):
    l = [a]
    l.append(l)
    return f2549(l)
def f2549(a):
    l = [a]
    l.append(l)
    return f2550(l)
def f2550(a):
    l = [a]
    l.append(l)
    return f2551(l)
def f2551(a):
    l = [a]
    l.append(l)
    return f2552(l)
def f2552(a):
    l = [a]
    l.append(l)
    return f2553(l)
def f2553(a):
    l = [a]
    l.append(l)
    return f2554(l)
def f2554(a):
    l = [a]
    l.append(l)
    return f2555(l)
def f2555(a):
    l = [a]
    l.append(l)
    return f2556(l)
def f2556(a):
    l = [a]
    l.append(l)
    return f2557(l)
def f2557(a):
    l = [a]
    l.append(l)
    return f2558(l)
def f2558(a):
    l = [a]
    l.append(l)
    return f2559(l)
def f2559(a):
    l = [a]
    l.append(l)
    return f2560(l)
def f2560(a):
    l = [a]
    l.append(l)
    return f2561(l)
def f2561(a):
    l = [a]
    l.append(l)
    return f2562(l)
def f2562(a):
    l = [a]
    l.append(l)
    return f2563(l)
def f2563(a):
    l = [a]
    l.append(l)
    return f2564(l)
def f2564(a):
    l = [a]
    l.append(l)
    return f2565(l)
def f2565(a):
    l = [a]
    l.append(l)
    return f2566(l)
def f2566(a):
    l = [a]
    l.append(l)
    return f2567(l)
def f2567(a):
    l = [a]
    l.append(l)
    return f2568(l)
def f2568(a):
    l = [a]
    l.append(l)
    return f2569(l)
def f2569(a):
    l = [a]
    l.append(l)
    return f2570(l)
def f2570(a):
    l = [a]
    l.append(l)
    return f2571(l)
def f2571(a):
    l = [a]
    l.append(l)
    return f2572(l)
def f2572(a):
    l = [a]
    l.append(l)
    return f2573(l)
def f2573(a):
    l = [a]
    l.append(l)
    return f2574(l)
def f2574(a):
    l = [a]
    l.append(l)
    return f2575(l)
def f2575(a):
    l = [a]
    l.append(l)
    return f2576(l)
def f2576(a):
    l = [a]
    l.append(l)
    return f2577(l)
def f2577(a):
    l = [a]
    l.append(l)
    return f2578(l)
def f2578(a):
    l = [a]
    l.append(l)
    return f2579(l)
def f2579(a):
    l = [a]
    l.append(l)
    return f2580(l)
def f2580(a):
    l = [a]
    l.append(l)
    return f2581(l)
def f2581(a):
    l = [a]
    l.append(l)
    return f2582(l)
def f2582(a):
    l = [a]
    l.append(l)
    return f2583(l)
def f2583(a):
    l = [a]
    l.append(l)
    return f2584(l)
def f2584(a):
    l = [a]
    l.append(l)
    return f2585(l)
def f2585(a):
    l = [a]
    l.append(l)
    return f2586(l)
def f2586(a):
    l = [a]
    l.append(l)
    return f2587(l)
def f2587(a):
    l = [a]
    l.append(l)
    return f2588(l)
def f2588(a):
    l = [a]
    l.append(l)
    return f2589(l)
def f2589(a):
    l = [a]
    l.append(l)
    return f2590(l)
def f2590(a):
    l = [a]
    l.append(l)
    return f2591(l)
def f2591(a):
    l = [a]
    l.append(l)
    return f2592(l)
def f2592(a):
    l = [a]
    l.append(l)
    return f2593(l)
def f2593(a):
    l = [a]
    l.append(l)
    return f2594(l)
def f2594(a):
    l = [a]
    l.append(l)
    return f2595(l)
def f2595(a):
    l = [a]
    l.append(l)
    return f2596(l)
def f2596(a):
    l = [a]
    l.append(l)
    return f2597(l)
def f2597(a):
    l = [a]
    l.append(l)
    return f2598(l)
def f2598(a):
    l = [a]
    l.append(l)
    return f2599(l)
def f2599(a):
    l = [a]
    l.append(l)
    return f2600(l)
def f2600(a):
    l = [a]
    l.append(l)
    return f2601(l)
def f2601(a):
    l = [a]
    l.append(l)
    return f2602(l)
def f2602(a):
    l = [a]
    l.append(l)
    return f2603(l)
def f2603(a):
    l = [a]
    l.append(l)
    return f2604(l)
def f2604(a):
    l = [a]
    l.append(l)
    return f2605(l)
def f2605(a):
    l = [a]
    l.append(l)
    return f2606(l)
def f2606(a):
    l = [a]
    l.append(l)
    return f2607(l)
def f2607(a):
    l = [a]
    l.append(l)
    return f2608(l)
def f2608(a):
    l = [a]
    l.append(l)
    return f2609(l)
def f2609(a):
    l = [a]
    l.append(l)
    return f2610(l)
def f2610(a):
    l = [a]
    l.append(l)
    return f2611(l)
def f2611(a):
    l = [a]
    l.append(l)
    return f2612(l)
def f2612(a):
    l = [a]
    l.append(l)
    return f2613(l)
def f2613(a):
    l = [a]
    l.append(l)
    return f2614(l)
def f2614(a):
    l = [a]
    l.append(l)
    return f2615(l)
def f2615(a):
    l = [a]
    l.append(l)
    return f2616(l)
def f2616(a):
    l = [a]
    l.append(l)
    return f2617(l)
def f2617(a):
    l = [a]
    l.append(l)
    return f2618(l)
def f2618(a):
    l = [a]
    l.append(l)
    return f2619(l)
def f2619(a):
    l = [a]
    l.append(l)
    return f2620(l)
def f2620(a):
    l = [a]
    l.append(l)
    return f2621(l)
def f2621(a):
    l = [a]
    l.append(l)
    return f2622(l)
def f2622(a):
    l = [a]
    l.append(l)
    return f2623(l)
def f2623(a):
    l = [a]
    l.append(l)
    return f2624(l)
def f2624(a):
    l = [a]
    l.append(l)
    return f2625(l)
def f2625(a):
    l = [a]
    l.append(l)
    return f2626(l)
def f2626(a):
    l = [a]
    l.append(l)
    return f2627(l)
def f2627(a):
    l = [a]
    l.append(l)
    return f2628(l)
def f2628(a):
    l = [a]
    l.append(l)
    return f2629(l)
def f2629(a):
    l = [a]
    l.append(l)
    return f2630(l)
def f2630(a):
    l = [a]
    l.append(l)
    return f2631(l)
def f2631(a):
    l = [a]
    l.append(l)
    return f2632(l)
def f2632(a):
    l = [a]
    l.append(l)
    return f2633(l)
def f2633(a):
    l = [a]
    l.append(l)
    return f2634(l)
def f2634(a):
    l = [a]
    l.append(l)
    return f2635(l)
def f2635(a):
    l = [a]
    l.append(l)
    return f2636(l)
def f2636(a):
    l = [a]
    l.append(l)
    return f2637(l)
def f2637(a):
    l = [a]
    l.append(l)
    return f2638(l)
def f2638(a):
    l = [a]
    l.append(l)
    return f2639(l)
def f2639(a):
    l = [a]
    l.append(l)
    return f2640(l)
def f2640(a):
    l = [a]
    l.append(l)
    return f2641(l)
def f2641(a):
    l = [a]
    l.append(l)
    return f2642(l)
def f2642(a):
    l = [a]
    l.append(l)
    return f2643(l)
def f2643(a):
    l = [a]
    l.append(l)
    return f2644(l)
def f2644(a):
    l = [a]
    l.append(l)
    return f2645(l)
def f2645(a):
    l = [a]
    l.append(l)
    return f2646(l)
def f2646(a):
    l = [a]
    l.append(l)
    return f2647(l)
def f2647(a):
    l = [a]
    l.append(l)
    return f2648(l)
def f2648(a):
    l = [a]
    l.append(l)
    return f2649(l)
def f2649(a):
    l = [a]
    l.append(l)
    return f2650(l)
def f2650(a):
    l = [a]
    l.append(l)
    return f2651(l)
def f2651(a):
    l = [a]
    l.append(l)
    return f2652(l)
def f2652(a):
    l = [a]
    l.append(l)
    return f2653(l)
def f2653(a):
    l = [a]
    l.append(l)
    return f2654(l)
def f2654(a):
    l = [a]
    l.append(l)
    return f2655(l)
def f2655(a):
    l = [a]
    l.append(l)
    return f2656(l)
def f2656(a):
    l = [a]
    l.append(l)
    return f2657(l)
def f2657(a):
    l = [a]
    l.append(l)
    return f2658(l)
def f2658(a):
    l = [a]
    l.append(l)
    return f2659(l)
def f2659(a):
    l = [a]
    l.append(l)
    return f2660(l)
def f2660(a):
    l = [a]
    l.append(l)
    return f2661(l)
def f2661(a):
    l = [a]
    l.append(l)
    return f2662(l)
def f2662(a):
    l = [a]
    l.append(l)
    return f2663(l)
def f2663(a):
    l = [a]
    l.append(l)
    return f2664(l)
def f2664(a):
    l = [a]
    l.append(l)
    return f2665(l)
def f2665(a):
    l = [a]
    l.append(l)
    return f2666(l)
def f2666(a):
    l = [a]
    l.append(l)
    return f2667(l)
def f2667(a):
    l = [a]
    l.append(l)
    return f2668(l)
def f2668(a):
    l = [a]
    l.append(l)
    return f2669(l)
def f2669(a):
    l = [a]
    l.append(l)
    return f2670(l)
def f2670(a):
    l = [a]
    l.append(l)
    return f2671(l)
def f2671(a):
    l = [a]
    l.append(l)
    return f2672(l)
def f2672(a):
    l = [a]
    l.append(l)
    return f2673(l)
def f2673(a):
    l = [a]
    l.append(l)
    return f2674(l)
def f2674(a):
    l = [a]
    l.append(l)
    return f2675(l)
def f2675(a):
    l = [a]
    l.append(l)
    return f2676(l)
def f2676(a):
    l = [a]
    l.append(l)
    return f2677(l)
def f2677(a):
    l = [a]
    l.append(l)
    return f2678(l)
def f2678(a):
    l = [a]
    l.append(l)
    return f2679(l)
def f2679(a):
    l = [a]
    l.append(l)
    return f2680(l)
def f2680(a):
    l = [a]
    l.append(l)
    return f2681(l)
def f2681(a):
    l = [a]
    l.append(l)
    return f2682(l)
def f2682(a):
    l = [a]
    l.append(l)
    return f2683(l)
def f2683(a):
    l = [a]
    l.append(l)
    return f2684(l)
def f2684(a):
    l = [a]
    l.append(l)
    return f2685(l)
def f2685(a):
    l = [a]
    l.append(l)
    return f2686(l)
def f2686(a):
    l = [a]
    l.append(l)
    return f2687(l)
def f2687(a):
    l = [a]
    l.append(l)
    return f2688(l)
def f2688(a):
    l = [a]
    l.append(l)
    return f2689(l)
def f2689(a):
    l = [a]
    l.append(l)
    return f2690(l)
def f2690(a):
    l = [a]
    l.append(l)
    return f2691(l)
def f2691(a):
    l = [a]
    l.append(l)
    return f2692(l)
def f2692(a):
    l = [a]
    l.append(l)
    return f2693(l)
def f2693(a):
    l = [a]
    l.append(l)
    return f2694(l)
def f2694(a):
    l = [a]
    l.append(l)
    return f2695(l)
def f2695(a):
    l = [a]
    l.append(l)
    return f2696(l)
def f2696(a):
    l = [a]
    l.append(l)
    return f2697(l)
def f2697(a):
    l = [a]
    l.append(l)
    return f2698(l)
def f2698(a):
    l = [a]
    l.append(l)
    return f2699(l)
def f2699(a):
    l = [a]
    l.append(l)
    return f2700(l)
def f2700(a):
    l = [a]
    l.append(l)
    return f2701(l)
def f2701(a):
    l = [a]
    l.append(l)
    return f2702(l)
def f2702(a):
    l = [a]
    l.append(l)
    return f2703(l)
def f2703(a):
    l = [a]
    l.append(l)
    return f2704(l)
def f2704(a):
    l = [a]
    l.append(l)
    return f2705(l)
def f2705(a):
    l = [a]
    l.append(l)
    return f2706(l)
def f2706(a):
    l = [a]
    l.append(l)
    return f2707(l)
def f2707(a):
    l = [a]
    l.append(l)
    return f2708(l)
def f2708(a):
    l = [a]
    l.append(l)
    return f2709(l)
def f2709(a):
    l = [a]
    l.append(l)
    return f2710(l)
def f2710(a):
    l = [a]
    l.append(l)
    return f2711(l)
def f2711(a):
    l = [a]
    l.append(l)
    return f2712(l)
def f2712(a):
    l = [a]
    l.append(l)
    return f2713(l)
def f2713(a):
    l = [a]
    l.append(l)
    return f2714(l)
def f2714(a):
    l = [a]
    l.append(l)
    return f2715(l)
def f2715(a):
    l = [a]
    l.append(l)
    return f2716(l)
def f2716(a):
    l = [a]
    l.append(l)
    return f2717(l)
def f2717(a):
    l = [a]
    l.append(l)
    return f2718(l)
def f2718(a):
    l = [a]
    l.append(l)
    return f2719(l)
def f2719(a):
    l = [a]
    l.append(l)
    return f2720(l)
def f2720(a):
    l = [a]
    l.append(l)
    return f2721(l)
def f2721(a):
    l = [a]
    l.append(l)
    return f2722(l)
def f2722(a):
    l = [a]
    l.append(l)
    return f2723(l)
def f2723(a):
    l = [a]
    l.append(l)
    return f2724(l)
def f2724(a):
    l = [a]
    l.append(l)
    return f2725(l)
def f2725(a):
    l = [a]
    l.append(l)
    return f2726(l)
def f2726(a):
    l = [a]
    l.append(l)
    return f2727(l)
def f2727(a):
    l = [a]
    l.append(l)
    return f2728(l)
def f2728(a):
    l = [a]
    l.append(l)
    return f2729(l)
def f2729(a):
    l = [a]
    l.append(l)
    return f2730(l)
def f2730(a):
    l = [a]
    l.append(l)
    return f2731(l)
def f2731(a):
    l = [a]
    l.append(l)
    return f2732(l)
def f2732(a):
    l = [a]
    l.append(l)
    return f2733(l)
def f2733(a):
    l = [a]
    l.append(l)
    return f2734(l)
def f2734(a):
    l = [a]
    l.append(l)
    return f2735(l)
def f2735(a):
    l = [a]
    l.append(l)
    return f2736(l)
def f2736(a):
    l = [a]
    l.append(l)
    return f2737(l)
def f2737(a):
    l = [a]
    l.append(l)
    return f2738(l)
def f2738(a):
    l = [a]
    l.append(l)
    return f2739(l)
def f2739(a):
    l = [a]
    l.append(l)
    return f2740(l)
def f2740(a):
    l = [a]
    l.append(l)
    return f2741(l)
def f2741(a):
    l = [a]
    l.append(l)
    return f2742(l)
def f2742(a):
    l = [a]
    l.append(l)
    return f2743(l)
def f2743(a):
    l = [a]
    l.append(l)
    return f2744(l)
def f2744(a):
    l = [a]
    l.append(l)
    return f2745(l)
def f2745(a):
    l = [a]
    l.append(l)
    return f2746(l)
def f2746(a):
    l = [a]
    l.append(l)
    return f2747(l)
def f2747(a):
    l = [a]
    l.append(l)
    return f2748(l)
def f2748(a):
    l = [a]
    l.append(l)
    return f2749(l)
def f2749(a):
    l = [a]
    l.append(l)
    return f2750(l)
def f2750(a):
    l = [a]
    l.append(l)
    return f2751(l)
def f2751(a):
    l = [a]
    l.append(l)
    return f2752(l)
def f2752(a):
    l = [a]
    l.append(l)
    return f2753(l)
def f2753(a):
    l = [a]
    l.append(l)
    return f2754(l)
def f2754(a):
    l = [a]
    l.append(l)
    return f2755(l)
def f2755(a):
    l = [a]
    l.append(l)
    return f2756(l)
def f2756(a):
    l = [a]
    l.append(l)
    return f2757(l)
def f2757(a):
    l = [a]
    l.append(l)
    return f2758(l)
def f2758(a):
    l = [a]
    l.append(l)
    return f2759(l)
def f2759(a):
    l = [a]
    l.append(l)
    return f2760(l)
def f2760(a):
    l = [a]
    l.append(l)
    return f2761(l)
def f2761(a):
    l = [a]
    l.append(l)
    return f2762(l)
def f2762(a):
    l = [a]
    l.append(l)
    return f2763(l)
def f2763(a):
    l = [a]
    l.append(l)
    return f2764(l)
def f2764(a):
    l = [a]
    l.append(l)
    return f2765(l)
def f2765(a):
    l = [a]
    l.append(l)
    return f2766(l)
def f2766(a):
    l = [a]
    l.append(l)
    return f2767(l)
def f2767(a):
    l = [a]
    l.append(l)
    return f2768(l)
def f2768(a):
    l = [a]
    l.append(l)
    return f2769(l)
def f2769(a):
    l = [a]
    l.append(l)
    return f2770(l)
def f2770(a):
    l = [a]
    l.append(l)
    return f2771(l)
def f2771(a):
    l = [a]
    l.append(l)
    return f2772(l)
def f2772(a):
    l = [a]
    l.append(l)
    return f2773(l)
def f2773(a):
    l = [a]
    l.append(l)
    return f2774(l)
def f2774(a):
    l = [a]
    l.append(l)
    return f2775(l)
def f2775(a):
    l = [a]
    l.append(l)
    return f2776(l)
def f2776(a):
    l = [a]
    l.append(l)
    return f2777(l)
def f2777(a):
    l = [a]
    l.append(l)
    return f2778(l)
def f2778(a):
    l = [a]
    l.append(l)
    return f2779(l)
def f2779(a):
    l = [a]
    l.append(l)
    return f2780(l)
def f2780(a):
    l = [a]
    l.append(l)
    return f2781(l)
def f2781(a):
    l = [a]
    l.append(l)
    return f2782(l)
def f2782(a):
    l = [a]
    l.append(l)
    return f2783(l)
def f2783(a):
    l = [a]
    l.append(l)
    return f2784(l)
def f2784(a):
    l = [a]
    l.append(l)
    return f2785(l)
def f2785(a):
    l = [a]
    l.append(l)
    return f2786(l)
def f2786(a):
    l = [a]
    l.append(l)
    return f2787(l)
def f2787(a):
    l = [a]
    l.append(l)
    return f2788(l)
def f2788(a):
    l = [a]
    l.append(l)
    return f2789(l)
def f2789(a):
    l = [a]
    l.append(l)
    return f2790(l)
def f2790(a):
    l = [a]
    l.append(l)
    return f2791(l)
def f2791(a):
    l = [a]
    l.append(l)
    return f2792(l)
def f2792(a):
    l = [a]
    l.append(l)
    return f2793(l)
def f2793(a):
    l = [a]
    l.append(l)
    return f2794(l)
def f2794(a):
    l = [a]
    l.append(l)
    return f2795(l)
def f2795(a):
    l = [a]
    l.append(l)
    return f2796(l)
def f2796(a):
    l = [a]
    l.append(l)
    return f2797(l)
def f2797(a):
    l = [a]
    l.append(l)
    return f2798(l)
def f2798(a):
    l = [a]
    l.append(l)
    return f2799(l)
def f2799(a):
    l = [a]
    l.append(l)
    return f2800(l)
def f2800(a):
    l = [a]
    l.append(l)
    return f2801(l)
def f2801(a):
    l = [a]
    l.append(l)
    return f2802(l)
def f2802(a):
    l = [a]
    l.append(l)
    return f2803(l)
def f2803(a):
    l = [a]
    l.append(l)
    return f2804(l)
def f2804(a):
    l = [a]
    l.append(l)
    return f2805(l)
def f2805(a):
    l = [a]
    l.append(l)
    return f2806(l)
def f2806(a):
    l = [a]
    l.append(l)
    return f2807(l)
def f2807(a):
    l = [a]
    l.append(l)
    return f2808(l)
def f2808(a):
    l = [a]
    l.append(l)
    return f2809(l)
def f2809(a):
    l = [a]
    l.append(l)
    return f2810(l)
def f2810(a):
    l = [a]
    l.append(l)
    return f2811(l)
def f2811(a):
    l = [a]
    l.append(l)
    return f2812(l)
def f2812(a):
    l = [a]
    l.append(l)
    return f2813(l)
def f2813(a):
    l = [a]
    l.append(l)
    return f2814(l)
def f2814(a):
    l = [a]
    l.append(l)
    return f2815(l)
def f2815(a):
    l = [a]
    l.append(l)
    return f2816(l)
def f2816(a):
    l = [a]
    l.append(l)
    return f2817(l)
def f2817(a):
    l = [a]
    l.append(l)
    return f2818(l)
def f2818(a):
    l = [a]
    l.append(l)
    return f2819(l)
def f2819(a):
    l = [a]
    l.append(l)
    return f2820(l)
def f2820(a):
    l = [a]
    l.append(l)
    return f2821(l)
def f2821(a):
    l = [a]
    l.append(l)
    return f2822(l)
def f2822(a):
    l = [a]
    l.append(l)
    return f2823(l)
def f2823(a):
    l = [a]
    l.append(l)
    return f2824(l)
def f2824(a):
    l = [a]
    l.append(l)
    return f2825(l)
def f2825(a):
    l = [a]
    l.append(l)
    return f2826(l)
def f2826(a):
    l = [a]
    l.append(l)
    return f2827(l)
def f2827(a):
    l = [a]
    l.append(l)
    return f2828(l)
def f2828(a):
    l = [a]
    l.append(l)
    return f2829(l)
def f2829(a):
    l = [a]
    l.append(l)
    return f2830(l)
def f2830(a):
    l = [a]
    l.append(l)
    return f2831(l)
def f2831(a):
    l = [a]
    l.append(l)
    return f2832(l)
def f2832(a):
    l = [a]
    l.append(l)
    return f2833(l)
def f2833(a):
    l = [a]
    l.append(l)
    return f2834(l)
def f2834(a):
    l = [a]
    l.append(l)
    return f2835(l)
def f2835(a):
    l = [a]
    l.append(l)
    return f2836(l)
def f2836(a):
    l = [a]
    l.append(l)
    return f2837(l)
def f2837(a):
    l = [a]
    l.append(l)
    return f2838(l)
def f2838(a):
    l = [a]
    l.append(l)
    return f2839(l)
def f2839(a):
    l = [a]
    l.append(l)
    return f2840(l)
def f2840(a):
    l = [a]
    l.append(l)
    return f2841(l)
def f2841(a):
    l = [a]
    l.append(l)
    return f2842(l)
def f2842(a):
    l = [a]
    l.append(l)
    return f2843(l)
def f2843(a):
    l = [a]
    l.append(l)
    return f2844(l)
def f2844(a):
    l = [a]
    l.append(l)
    return f2845(l)
def f2845(a):
    l = [a]
    l.append(l)
    return f2846(l)
def f2846(a):
    l = [a]
    l.append(l)
    return f2847(l)
def f2847(a):
    l = [a]
    l.append(l)
    return f2848(l)
def f2848(a):
    l = [a]
    l.append(l)
    return f2849(l)
def f2849(a):
    l = [a]
    l.append(l)
    return f2850(l)
def f2850(a):
    l = [a]
    l.append(l)
    return f2851(l)
def f2851(a):
    l = [a]
    l.append(l)
    return f2852(l)
def f2852(a):
    l = [a]
    l.append(l)
    return f2853(l)
def f2853(a):
    l = [a]
    l.append(l)
    return f2854(l)
def f2854(a):
    l = [a]
    l.append(l)
    return f2855(l)
def f2855(a):
    l = [a]
    l.append(l)
    return f2856(l)
def f2856(a):
    l = [a]
    l.append(l)
    return f2857(l)
def f2857(a):
    l = [a]
    l.append(l)
    return f2858(l)
def f2858(a):
    l = [a]
    l.append(l)
    return f2859(l)
def f2859(a):
    l = [a]
    l.append(l)
    return f2860(l)
def f2860(a):
    l = [a]
    l.append(l)
    return f2861(l)
def f2861(a):
    l = [a]
    l.append(l)
    return f2862(l)
def f2862(a):
    l = [a]
    l.append(l)
    return f2863(l)
def f2863(a):
    l = [a]
    l.append(l)
    return f2864(l)
def f2864(a):
    l = [a]
    l.append(l)
    return f2865(l)
def f2865(a):
    l = [a]
    l.append(l)
    return f2866(l)
def f2866(a):
    l = [a]
    l.append(l)
    return f2867(l)
def f2867(a):
    l = [a]
    l.append(l)
    return f2868(l)
def f2868(a):
    l = [a]
    l.append(l)
    return f2869(l)
def f2869(a):
    l = [a]
    l.append(l)
    return f2870(l)
def f2870(a):
    l = [a]
    l.append(l)
    return f2871(l)
def f2871(a):
    l = [a]
    l.append(l)
    return f2872(l)
def f2872(a):
    l = [a]
    l.append(l)
    return f2873(l)
def f2873(a):
    l = [a]
    l.append(l)
    return f2874(l)
def f2874(a):
    l = [a]
    l.append(l)
    return f2875(l)
def f2875(a):
    l = [a]
    l.append(l)
    return f2876(l)
def f2876(a):
    l = [a]
    l.append(l)
    return f2877(l)
def f2877(a):
    l = [a]
    l.append(l)
    return f2878(l)
def f2878(a):
    l = [a]
    l.append(l)
    return f2879(l)
def f2879(a):
    l = [a]
    l.append(l)
    return f2880(l)
def f2880(a):
    l = [a]
    l.append(l)
    return f2881(l)
def f2881(a):
    l = [a]
    l.append(l)
    return f2882(l)
def f2882(a):
    l = [a]
    l.append(l)
    return f2883(l)
def f2883(a):
    l = [a]
    l.append(l)
    return f2884(l)
def f2884(a):
    l = [a]
    l.append(l)
    return f2885(l)
def f2885(a):
    l = [a]
    l.append(l)
    return f2886(l)
def f2886(a):
    l = [a]
    l.append(l)
    return f2887(l)
def f2887(a):
    l = [a]
    l.append(l)
    return f2888(l)
def f2888(a):
    l = [a]
    l.append(l)
    return f2889(l)
def f2889(a):
    l = [a]
    l.append(l)
    return f2890(l)
def f2890(a):
    l = [a]
    l.append(l)
    return f2891(l)
def f2891(a):
    l = [a]
    l.append(l)
    return f2892(l)
def f2892(a):
    l = [a]
    l.append(l)
    return f2893(l)
def f2893(a):
    l = [a]
    l.append(l)
    return f2894(l)
def f2894(a):
    l = [a]
    l.append(l)
    return f2895(l)
def f2895(a):
    l = [a]
    l.append(l)
    return f2896(l)
def f2896(a):
    l = [a]
    l.append(l)
    return f2897(l)
def f2897(a):
    l = [a]
    l.append(l)
    return f2898(l)
def f2898(a):
    l = [a]
    l.append(l)
    return f2899(l)
def f2899(a):
    l = [a]
    l.append(l)
    return f2900(l)
def f2900(a):
    l = [a]
    l.append(l)
    return f2901(l)
def f2901(a):
    l = [a]
    l.append(l)
    return f2902(l)
def f2902(a):
    l = [a]
    l.append(l)
    return f2903(l)
def f2903(a):
    l = [a]
    l.append(l)
    return f2904(l)
def f2904(a):
    l = [a]
    l.append(l)
    return f2905(l)
def f2905(a):
    l = [a]
    l.append(l)
    return f2906(l)
def f2906(a):
    l = [a]
    l.append(l)
    return f2907(l)
def f2907(a):
    l = [a]
    l.append(l)
    return f2908(l)
def f2908(a):
    l = [a]
    l.append(l)
    return f2909(l)
def f2909(a):
    l = [a]
    l.append(l)
    return f2910(l)
def f2910(a):
    l = [a]
    l.append(l)
    return f2911(l)
def f2911(a):
    l = [a]
    l.append(l)
    return f2912(l)
def f2912(a):
    l = [a]
    l.append(l)
    return f2913(l)
def f2913(a):
    l = [a]
    l.append(l)
    return f2914(l)
def f2914(a):
    l = [a]
    l.append(l)
    return f2915(l)
def f2915(a):
    l = [a]
    l.append(l)
    return f2916(l)
def f2916(a):
    l = [a]
    l.append(l)
    return f2917(l)
def f2917(a):
    l = [a]
    l.append(l)
    return f2918(l)
def f2918(a):
    l = [a]
    l.append(l)
    return f2919(l)
def f2919(a):
    l = [a]
    l.append(l)
    return f2920(l)
def f2920(a):
    l = [a]
    l.append(l)
    return f2921(l)
def f2921(a):
    l = [a]
    l.append(l)
    return f2922(l)
def f2922(a):
    l = [a]
    l.append(l)
    return f2923(l)
def f2923(a):
    l = [a]
    l.append(l)
    return f2924(l)
def f2924(a):
    l = [a]
    l.append(l)
    return f2925(l)
def f2925(a):
    l = [a]
    l.append(l)
    return f2926(l)
def f2926(a):
    l = [a]
    l.append(l)
    return f2927(l)
def f2927(a):
    l = [a]
    l.append(l)
    return f2928(l)
def f2928(a):
    l = [a]
    l.append(l)
    return f2929(l)
def f2929(a):
    l = [a]
    l.append(l)
    return f2930(l)
def f2930(a):
    l = [a]
    l.append(l)
    return f2931(l)
def f2931(a):
    l = [a]
    l.append(l)
    return f2932(l)
def f2932(a):
    l = [a]
    l.append(l)
    return f2933(l)
def f2933(a):
    l = [a]
    l.append(l)
    return f2934(l)
def f2934(a):
    l = [a]
    l.append(l)
    return f2935(l)
def f2935(a):
    l = [a]
    l.append(l)
    return f2936(l)
def f2936(a):
    l = [a]
    l.append(l)
    return f2937(l)
def f2937(a):
    l = [a]
    l.append(l)
    return f2938(l)
def f2938(a):
    l = [a]
    l.append(l)
    return f2939(l)
def f2939(a):
    l = [a]
    l.append(l)
    return f2940(l)
def f2940(a):
    l = [a]
    l.append(l)
    return f2941(l)
def f2941(a):
    l = [a]
    l.append(l)
    return f2942(l)
def f2942(a):
    l = [a]
    l.append(l)
    return f2943(l)
def f2943(a):
    l = [a]
    l.append(l)
    return f2944(l)
def f2944(a):
    l = [a]
    l.append(l)
    return f2945(l)
def f2945(a):
    l = [a]
    l.append(l)
    return f2946(l)
def f2946(a):
    l = [a]
    l.append(l)
    return f2947(l)
def f2947(a):
    l = [a]
    l.append(l)
    return f2948(l)
def f2948(a):
    l = [a]
    l.append(l)
    return f2949(l)
def f2949(a):
    l = [a]
    l.append(l)
    return f2950(l)
def f2950(a):
    l = [a]
    l.append(l)
    return f2951(l)
def f2951(a):
    l = [a]
    l.append(l)
    return f2952(l)
def f2952(a):
    l = [a]
    l.append(l)
    return f2953(l)
def f2953(a):
    l = [a]
    l.append(l)
    return f2954(l)
def f2954(a):
    l = [a]
    l.append(l)
    return f2955(l)
def f2955(a):
    l = [a]
    l.append(l)
    return f2956(l)
def f2956(a):
    l = [a]
    l.append(l)
    return f2957(l)
def f2957(a):
    l = [a]
    l.append(l)
    return f2958(l)
def f2958(a):
    l = [a]
    l.append(l)
    return f2959(l)
def f2959(a):
    l = [a]
    l.append(l)
    return f2960(l)
def f2960(a):
    l = [a]
    l.append(l)
    return f2961(l)
def f2961(a):
    l = [a]
    l.append(l)
    return f2962(l)
def f2962(a):
    l = [a]
    l.append(l)
    return f2963(l)
def f2963(a):
    l = [a]
    l.append(l)
    return f2964(l)
def f2964(a):
    l = [a]
    l.append(l)
    return f2965(l)
def f2965(a):
    l = [a]
    l.append(l)
    return f2966(l)
def f2966(a):
    l = [a]
    l.append(l)
    return f2967(l)
def f2967(a):
    l = [a]
    l.append(l)
    return f2968(l)
def f2968(a):
    l = [a]
    l.append(l)
    return f2969(l)
def f2969(a):
    l = [a]
    l.append(l)
    return f2970(l)
def f2970(a):
    l = [a]
    l.append(l)
    return f2971(l)
def f2971(a):
    l = [a]
    l.append(l)
    return f2972(l)
def f2972(a):
    l = [a]
    l.append(l)
    return f2973(l)
def f2973(a):
    l = [a]
    l.append(l)
    return f2974(l)
def f2974(a):
    l = [a]
    l.append(l)
    return f2975(l)
def f2975(a):
    l = [a]
    l.append(l)
    return f2976(l)
def f2976(a):
    l = [a]
    l.append(l)
    return f2977(l)
def f2977(a):
    l = [a]
    l.append(l)
    return f2978(l)
def f2978(a):
    l = [a]
    l.append(l)
    return f2979(l)
def f2979(a):
    l = [a]
    l.append(l)
    return f2980(l)
def f2980(a):
    l = [a]
    l.append(l)
    return f2981(l)
def f2981(a):
    l = [a]
    l.append(l)
    return f2982(l)
def f2982(a):
    l = [a]
    l.append(l)
    return f2983(l)
def f2983(a):
    l = [a]
    l.append(l)
    return f2984(l)
def f2984(a):
    l = [a]
    l.append(l)
    return f2985(l)
def f2985(a):
    l = [a]
    l.append(l)
    return f2986(l)
def f2986(a):
    l = [a]
    l.append(l)
    return f2987(l)
def f2987(a):
    l = [a]
    l.append(l)
    return f2988(l)
def f2988(a):
    l = [a]
    l.append(l)
    return f2989(l)
def f2989(a):
    l = [a]
    l.append(l)
    return f2990(l)
def f2990(a):
    l = [a]
    l.append(l)
    return f2991(l)
def f2991(a):
    l = [a]
    l.append(l)
    return f2992(l)
def f2992(a):
    l = [a]
    l.append(l)
    return f2993(l)
def f2993(a):
    l = [a]
    l.append(l)
    return f2994(l)
def f2994(a):
    l = [a]
    l.append(l)
    return f2995(l)
def f2995(a):
    l = [a]
    l.append(l)
    return f2996(l)
def f2996(a):
    l = [a]
    l.append(l)
    return f2997(l)
def f2997(a):
    l = [a]
    l.append(l)
    return f2998(l)
def f2998(a):
    l = [a]
    l.append(l)
    return f2999(l)
def f2999(a):
    l = [a]
    l.append(l)
    return f0(l)
