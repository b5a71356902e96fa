package org.dangjian.gateway.keepalive;

import io.netty.channel.ChannelDuplexHandler;
import io.netty.channel.ChannelHandlerContext;
import org.springframework.boot.reactor.netty.NettyServerCustomizer;
import org.springframework.stereotype.Component;
import reactor.netty.NettyPipeline;
import reactor.netty.http.server.HttpServer;

/**
 * Works around reactor-netty issue 4361 (present in 1.3.6, which Spring Boot 4.0.7 brings; fixed after 1.3.8, the
 * newest release served to this project): on a keep-alive connection, when a request that waited behind a slower one
 * is then answered at once, reactor-netty stops reading the connection, and the client's next request hangs until the
 * client gives up. A browser loading the portal (a file read off the event loop, then a quick 404 or 401) or an
 * ingress reusing its upstream connections hits exactly that.
 * <p>
 * After every finished request reactor-netty fires its (package-private) terminated event; this handler, right after
 * reactor-netty's traffic handler, then asks the channel to read once more, queued behind reactor-netty's own draining
 * of waiting requests. A read too many is harmless: reactor-netty buffers whatever arrives early. Remove this class
 * when the platform moves to a reactor-netty with the fix (the test
 * {@code aKeepAliveConnectionStillAnswersAfterARequestQueuedBehindASlowerOne} shows whether it is still needed).
 */
@Component
public class ResumeReadingAfterEachRequest implements NettyServerCustomizer {
    static final String NAME = "dj.resumeReadingAfterEachRequest";
    static final String TERMINATED_EVENT = "reactor.netty.http.server.HttpServerOperationsTerminatedEvent";

    @Override
    public HttpServer apply(HttpServer server) {
        return server.doOnChannelInit((observer, channel, address) -> {
            if (channel.pipeline().get(NettyPipeline.HttpTrafficHandler) != null && channel.pipeline().get(NAME) == null) {
                channel.pipeline().addAfter(NettyPipeline.HttpTrafficHandler, NAME, new ReadAgain());
            }
        });
    }

    static final class ReadAgain extends ChannelDuplexHandler {
        @Override
        public void userEventTriggered(ChannelHandlerContext ctx, Object event) throws Exception {
            if (TERMINATED_EVENT.equals(event.getClass().getName())) {
                ctx.executor().execute(() -> {
                    if (ctx.channel().isActive()) {
                        ctx.read();
                    }
                });
            }
            super.userEventTriggered(ctx, event);
        }
    }
}
