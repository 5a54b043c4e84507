package org.memscape.scene;

import org.memscape.scene.json.Fields;
import org.memscape.scene.json.Json;
import org.memscape.scene.json.Node;
import org.memscape.scene.json.Numbers;
import org.memscape.scene.json.ReadContext;

/**
 * Interprets a parsed document as a {@link Scene}. The model is read first because the
 * defaults of the domain, dynamics and particles, and several checks, depend on it; after
 * that the parts are read in the order a file usually lists them. The first problem wins.
 */
final class SceneDecoder {

    private SceneDecoder() {}

    static Scene decode(Json root, ReadContext ctx) throws SceneException {
        Node rootNode = new Node(root, ctx);
        if (!(root instanceof Json.Obj)) {
            throw rootNode.fail("the file holds " + Json.describe(root) + ", not an object",
                    "a Memscape scene object {\"memscape\": 1, …}");
        }
        Fields top = rootNode.object("an object");
        checkVersion(top, ctx);
        String title = top.string("title", SceneDefaults.TITLE);
        String description = top.string("description", SceneDefaults.DESCRIPTION);
        ModelSpec model = ModelDecoder.decode(top.get("model"));
        Domain domain = DomainDecoder.decode(top.get("domain"), model);
        Node memoriesNode = top.require("memories", "an array of memories such as [{\"point\": [1, 1]}]");
        var memories = MemoryDecoder.decode(memoriesNode, model);
        DynamicsSpec dynamics = DynamicsDecoder.decode(top.get("dynamics"), model);
        ParticleSpec particles = ParticlesDecoder.decode(top.get("particles"), model);
        top.warnUnknown();
        return new Scene(title, description, domain, memories, model, dynamics, particles);
    }

    /** Checked before anything else: a newer file may be valid in a way this program cannot know. */
    private static void checkVersion(Fields top, ReadContext ctx) throws SceneException {
        Node v = top.get("memscape");
        if (v == null) {
            throw ctx.error(top.self().json.pos(), "", "not a Memscape scene file: missing \"memscape\": 1", null);
        }
        double version = v.number();
        if (version > Scene.FORMAT_VERSION) {
            throw v.fail("written by a newer Memscape (format " + Numbers.show(version) + "); this program reads format "
                    + Scene.FORMAT_VERSION, null);
        }
        if (version != Scene.FORMAT_VERSION) {
            throw v.fail("unknown format " + Numbers.show(version), "\"memscape\": " + Scene.FORMAT_VERSION);
        }
    }
}
