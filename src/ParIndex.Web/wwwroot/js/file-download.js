// Saves a file the circuit made (e.g. the one-time passwords list) without it ever being stored on the server.
window.parIndexFiles = {
  save: async function (fileName, contentType, streamRef) {
    const buffer = await streamRef.arrayBuffer();
    const link = document.createElement('a');
    link.href = URL.createObjectURL(new Blob([buffer], { type: contentType }));
    link.download = fileName;
    document.body.appendChild(link);
    link.click();
    link.remove();
    setTimeout(function () { URL.revokeObjectURL(link.href); }, 1000);
  }
};
