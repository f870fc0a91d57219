#!/usr/bin/python3
# Opens Word files in real LibreOffice (headless, through the Python-UNO bridge), accepts or rejects every tracked
# change (or leaves them), and exports each document's text, so tests can check what a reviewer gets in Word's Review
# pane: "Reject all" must give back the original text, "Accept all" the rewritten one.
# Usage: /usr/bin/python3 scripts/lo-tracked-changes.py OUTDIR (accept|reject|none):IN.docx ...
# Writes OUTDIR/<name>.<mode>.txt (UTF-8, one paragraph per line, table cells included) for each argument.
# Needs libreoffice-writer and python3-uno (Debian). Starts its own soffice with a throw-away profile and stops it.
#
# LibreOffice 7.4 does not load a document with comments through UNO in headless mode (loadComponentFromURL returns
# nothing, or soffice dies), though --convert-to reads the same file. So each file is loaded from a copy with only the
# comment markup taken out (comments part, its relationship and content type, comment ranges and references); the
# tracked changes and everything else are the bytes tenderlint wrote.
import os
import re
import zipfile
import shutil
import socket
import subprocess
import sys
import tempfile
import time

sys.path.append('/usr/lib/python3/dist-packages')
sys.path.append('/usr/lib/libreoffice/program')
import uno  # noqa: E402
from com.sun.star.beans import PropertyValue  # noqa: E402


def prop(name, value):
    p = PropertyValue()
    p.Name = name
    p.Value = value
    return p


def without_comments(src, dst):
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, 'w', zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            name = item.filename
            if re.fullmatch(r'word/comments(Extended|Ids|Extensible)?\.xml', name):
                continue
            if name == 'word/document.xml':
                text = data.decode('utf-8')
                text = re.sub(r'<w:commentRange(?:Start|End)\b[^>]*/>', '', text)
                text = re.sub(r'<w:r>(?:<w:rPr>(?:(?!</w:rPr>).)*</w:rPr>)?<w:commentReference\b[^>]*/></w:r>', '', text)
                data = text.encode('utf-8')
            elif name == 'word/_rels/document.xml.rels':
                data = re.sub(rb'<Relationship\b[^>]*relationships/comments[A-Za-z]*"[^>]*/>', b'', data)
            elif name == '[Content_Types].xml':
                data = re.sub(rb'<Override\b[^>]*comments[A-Za-z]*\+xml"[^>]*/>', b'', data)
            zout.writestr(item, data)


def free_port():
    with socket.socket() as s:
        s.bind(('127.0.0.1', 0))
        return s.getsockname()[1]


def main():
    outdir, jobs = sys.argv[1], sys.argv[2:]
    profile = tempfile.mkdtemp(prefix='tl-lo-')
    port = free_port()
    office = subprocess.Popen(['soffice', '--headless', '--invisible', '--norestore', '--nologo', '--nodefault',
                               f'-env:UserInstallation=file://{profile}',
                               f'--accept=socket,host=127.0.0.1,port={port};urp;'],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        local = uno.getComponentContext()
        resolver = local.ServiceManager.createInstanceWithContext('com.sun.star.bridge.UnoUrlResolver', local)
        ctx = None
        for _ in range(120):
            try:
                ctx = resolver.resolve(f'uno:socket,host=127.0.0.1,port={port};urp;StarOffice.ComponentContext')
                break
            except Exception:
                time.sleep(0.5)
        if ctx is None:
            raise SystemExit('soffice did not start')
        smgr = ctx.ServiceManager
        desktop = smgr.createInstanceWithContext('com.sun.star.frame.Desktop', ctx)
        dispatcher = smgr.createInstanceWithContext('com.sun.star.frame.DispatchHelper', ctx)
        for job in jobs:
            mode, path = job.split(':', 1)
            copy = os.path.join(profile, os.path.basename(path))
            without_comments(path, copy)
            url = uno.systemPathToFileUrl(copy)
            doc = desktop.loadComponentFromURL(url, '_blank', 0, (prop('Hidden', True),))
            if doc is None:
                raise SystemExit(f'LibreOffice could not open {path}')
            frame = doc.getCurrentController().getFrame()
            if mode == 'accept':
                dispatcher.executeDispatch(frame, '.uno:AcceptAllTrackedChanges', '', 0, ())
            elif mode == 'reject':
                dispatcher.executeDispatch(frame, '.uno:RejectAllTrackedChanges', '', 0, ())
            name = os.path.splitext(os.path.basename(path))[0]
            out = os.path.join(os.path.abspath(outdir), f'{name}.{mode}.txt')
            doc.storeToURL(uno.systemPathToFileUrl(out), (prop('FilterName', 'Text (encoded)'), prop('FilterOptions', 'UTF8,LF,,,')))
            doc.close(True)
    finally:
        office.terminate()
        try:
            office.wait(timeout=20)
        except subprocess.TimeoutExpired:
            office.kill()
        shutil.rmtree(profile, ignore_errors=True)


if __name__ == '__main__':
    main()
